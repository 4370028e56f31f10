package org.safeports.identity;

import jakarta.validation.Valid;
import java.util.Locale;
import org.safeports.membership.MemberStates;
import org.safeports.platform.web.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/sign-up")
class SignUpController {

  private final AccountService accounts;
  private final SignUps signUps;
  private final Passwords passwords;
  private final MemberStates memberStates;

  SignUpController(
      AccountService accounts, SignUps signUps, Passwords passwords, MemberStates memberStates) {
    this.accounts = accounts;
    this.signUps = signUps;
    this.passwords = passwords;
    this.memberStates = memberStates;
  }

  @GetMapping
  String form(Model model, Locale locale) {
    model.addAttribute("form", SignUpForm.empty());
    return page(model, locale);
  }

  @PostMapping
  String signUp(
      @Valid @ModelAttribute("form") SignUpForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (form.country() != null && !accounts.isOasState(form.country())) {
      result.rejectValue("country", "identity.country.unknown");
    }
    PasswordChecks.check(passwords, form.password(), form.email(), "password", result);
    if (result.hasErrors()) {
      return page(model, locale);
    }
    signUps.register(form, Language.of(locale));
    redirect.addFlashAttribute("email", Account.normalise(form.email()));
    return "redirect:/sign-up/check-email";
  }

  @GetMapping("/check-email")
  String checkEmail() {
    return "identity/check-email";
  }

  private String page(Model model, Locale locale) {
    model.addAttribute("countries", memberStates.oasStates(locale));
    return "identity/sign-up";
  }
}
