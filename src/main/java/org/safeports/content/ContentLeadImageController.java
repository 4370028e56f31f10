package org.safeports.content;

import jakarta.validation.Valid;
import org.safeports.platform.media.LeadImageForm;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lead image of a news item or page, from its edit screen ({@link LeadImageEditing}); a refusal
 * goes back to the field it is about, with everything typed.
 */
@Controller
class ContentLeadImageController {

  private final LeadImageEditing editing;

  ContentLeadImageController(LeadImageEditing editing) {
    this.editing = editing;
  }

  @PostMapping("/admin/content/{id}/lead-image")
  String save(
      @PathVariable long id,
      @RequestParam(name = "leadFile", required = false) MultipartFile file,
      @Valid LeadImageForm leadImageForm,
      BindingResult result,
      RedirectAttributes redirect) {
    editing.save(id, file, leadImageForm, !result.hasErrors()).flash(redirect, result);
    return "redirect:/admin/content/" + id + "#lead-image";
  }
}
