package org.safeports.identity;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The link in the verification e-mail opens a page with a button: the address is confirmed by the
 * POST, so a mail scanner that opens links does not use the link up.
 */
@Controller
class EmailVerificationController {

  private final SignUps signUps;

  EmailVerificationController(SignUps signUps) {
    this.signUps = signUps;
  }

  @GetMapping("/verify-email")
  String confirmPage(@RequestParam(defaultValue = "") String token, Model model) {
    model.addAttribute("token", token);
    return "identity/verify-email";
  }

  @PostMapping("/verify-email")
  String verify(@RequestParam(defaultValue = "") String token, RedirectAttributes redirect) {
    if (signUps.verifyEmail(token)) {
      redirect.addFlashAttribute("notice", "identity.verify.done");
      return "redirect:/sign-in";
    }
    redirect.addFlashAttribute("alert", "identity.verify.invalid");
    return "redirect:/verify-email/resend";
  }

  @GetMapping("/verify-email/resend")
  String resendForm(Model model) {
    model.addAttribute("form", EmailForm.empty());
    return "identity/resend-verification";
  }

  @PostMapping("/verify-email/resend")
  String resend(
      @Valid @ModelAttribute("form") EmailForm form,
      BindingResult result,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return "identity/resend-verification";
    }
    signUps.resendVerification(form.email());
    redirect.addFlashAttribute("email", Account.normalise(form.email()));
    return "redirect:/sign-up/check-email";
  }
}
