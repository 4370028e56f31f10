package org.safeports.voices;

import jakarta.validation.Valid;
import org.safeports.identity.PortalUser;
import org.safeports.platform.media.LeadImageForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A piece's lead image: its author gives it (with its words in the piece's language) while the
 * piece may be edited; an editor gives or changes it, with its words in every language. Refusals go
 * back to the field they are about, with what was typed.
 */
@Controller
class PieceLeadImageController {

  private final PieceLeadImageEditing editing;

  PieceLeadImageController(PieceLeadImageEditing editing) {
    this.editing = editing;
  }

  @PostMapping("/voices/mine/{id}/lead-image")
  String byAuthor(
      @AuthenticationPrincipal PortalUser user,
      @PathVariable long id,
      @RequestParam(name = "leadFile", required = false) MultipartFile file,
      @Valid LeadImageForm leadImageForm,
      BindingResult result,
      RedirectAttributes redirect) {
    editing
        .byAuthor(id, user.accountId(), file, leadImageForm, !result.hasErrors())
        .flash(redirect, result);
    return "redirect:/voices/mine/" + id + "#lead-image";
  }

  @PostMapping("/admin/voices/{id}/lead-image")
  String byEditor(
      @PathVariable long id,
      @RequestParam(name = "leadFile", required = false) MultipartFile file,
      @Valid LeadImageForm leadImageForm,
      BindingResult result,
      RedirectAttributes redirect) {
    editing.byEditor(id, file, leadImageForm, !result.hasErrors()).flash(redirect, result);
    return "redirect:/admin/voices/" + id + "#lead-image";
  }
}
