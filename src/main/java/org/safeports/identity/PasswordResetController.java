package org.safeports.identity;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Forgotten password: ask for a link (the answer never tells whether the account exists), then use
 * it.
 */
@Controller
@RequestMapping("/password-reset")
class PasswordResetController {

  private final Passwords passwords;

  PasswordResetController(Passwords passwords) {
    this.passwords = passwords;
  }

  @GetMapping
  String requestForm(Model model) {
    model.addAttribute("form", EmailForm.empty());
    return "identity/password-reset-request";
  }

  @PostMapping
  String request(
      @Valid @ModelAttribute("form") EmailForm form,
      BindingResult result,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return "identity/password-reset-request";
    }
    passwords.requestPasswordReset(form.email());
    redirect.addFlashAttribute("notice", "identity.reset.sent");
    return "redirect:/password-reset";
  }

  @GetMapping("/{token}")
  String newPasswordForm(@PathVariable String token, Model model) {
    if (!passwords.isResetTokenUsable(token)) {
      return "identity/password-reset-invalid";
    }
    model.addAttribute("form", NewPasswordForm.empty());
    model.addAttribute("token", token);
    return "identity/password-reset";
  }

  @PostMapping("/{token}")
  String reset(
      @PathVariable String token,
      @Valid @ModelAttribute("form") NewPasswordForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    var email = passwords.emailForResetToken(token);
    if (email.isEmpty()) {
      return "identity/password-reset-invalid";
    }
    PasswordChecks.check(passwords, form.newPassword(), email.get(), "newPassword", result);
    if (result.hasErrors()) {
      model.addAttribute("token", token);
      return "identity/password-reset";
    }
    passwords.resetPassword(token, form.newPassword());
    redirect.addFlashAttribute("notice", "identity.reset.done");
    return "redirect:/sign-in";
  }
}
