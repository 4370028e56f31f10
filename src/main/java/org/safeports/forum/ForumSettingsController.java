package org.safeports.forum;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's forum settings: posts held for new accounts, the edit window, flags. */
@Controller
@RequestMapping("/admin/forum/settings")
class ForumSettingsController {

  private final ForumSettingsAdmin settings;

  ForumSettingsController(ForumSettingsAdmin settings) {
    this.settings = settings;
  }

  @GetMapping
  String form(Model model) {
    model.addAttribute("settings", settings.form());
    return "forum/mod-settings";
  }

  @PostMapping
  String save(
      @Valid @ModelAttribute("settings") ForumSettingsForm form,
      BindingResult result,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return "forum/mod-settings";
    }
    settings.save(form);
    redirect.addFlashAttribute("notice", "forum.admin.settings.saved");
    return "redirect:/admin/forum/settings";
  }
}
