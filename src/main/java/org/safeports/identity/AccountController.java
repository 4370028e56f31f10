package org.safeports.identity;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Locale;
import org.safeports.membership.MemberStates;
import org.safeports.membership.Memberships;
import org.safeports.platform.PortalProperties;
import org.safeports.platform.web.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: profile, password, second factor. */
@Controller
@RequestMapping("/account")
class AccountController {

  private final AccountService accounts;
  private final Passwords passwords;
  private final SecondFactors secondFactors;
  private final MemberStates memberStates;
  private final PortalProperties properties;
  private final Memberships memberships;

  AccountController(
      AccountService accounts,
      Passwords passwords,
      SecondFactors secondFactors,
      MemberStates memberStates,
      PortalProperties properties,
      Memberships memberships) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.secondFactors = secondFactors;
    this.memberStates = memberStates;
    this.memberships = memberships;
    this.properties = properties;
  }

  @GetMapping
  String account(@AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
    AccountView account = accounts.view(user.accountId());
    model.addAttribute("profileForm", ProfileForm.of(account));
    model.addAttribute("passwordForm", PasswordChangeForm.empty());
    return page(account, model, locale);
  }

  @PostMapping("/profile")
  String updateProfile(
      @AuthenticationPrincipal PortalUser user,
      @Valid @ModelAttribute("profileForm") ProfileForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    AccountView account = accounts.view(user.accountId());
    checkEditableFacts(account, form, result);
    if (form.language() != null && Language.fromCode(form.language()).isEmpty()) {
      result.rejectValue("language", "identity.language.required");
    }
    if (result.hasErrors()) {
      model.addAttribute("passwordForm", PasswordChangeForm.empty());
      return page(account, model, locale);
    }
    accounts.updateProfile(user.accountId(), form);
    redirect.addFlashAttribute("notice", "identity.profile.saved");
    return "redirect:/account";
  }

  @PostMapping("/password")
  String changePassword(
      @AuthenticationPrincipal PortalUser user,
      @Valid @ModelAttribute("passwordForm") PasswordChangeForm form,
      BindingResult result,
      HttpSession session,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    PasswordChecks.check(passwords, form.newPassword(), user.getUsername(), "newPassword", result);
    if (!result.hasErrors()) {
      var check =
          passwords.changePassword(
              user.accountId(), form.currentPassword(), form.newPassword(), session.getId());
      if (check != Passwords.PasswordCheck.RIGHT) {
        result.rejectValue("currentPassword", passwordProblem(check));
      }
    }
    if (result.hasErrors()) {
      AccountView account = accounts.view(user.accountId());
      model.addAttribute("profileForm", ProfileForm.of(account));
      return page(account, model, locale);
    }
    redirect.addFlashAttribute("notice", "identity.password.changed");
    return "redirect:/account";
  }

  @GetMapping("/security")
  String security(@AuthenticationPrincipal PortalUser user, Model model) {
    model.addAttribute("account", accounts.view(user.accountId()));
    return "identity/security";
  }

  @PostMapping("/security/second-factor/start")
  String startSecondFactor(@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
    secondFactors.startTotpEnrolment(user.accountId(), false);
    return "redirect:/account/security/second-factor";
  }

  @GetMapping("/security/second-factor")
  String setUpPage(@AuthenticationPrincipal PortalUser user, Model model) {
    var secret = secondFactors.pendingTotpSecret(user.accountId());
    if (secret.isEmpty() || accounts.view(user.accountId()).secondFactor()) {
      return "redirect:/account/security";
    }
    model.addAttribute("secret", secret.get());
    model.addAttribute("qrPath", "/account/security/second-factor/qr.svg");
    model.addAttribute("confirmPath", "/account/security/second-factor");
    model.addAttribute("secondFactorRequired", false);
    return "identity/second-factor-set-up";
  }

  @GetMapping(value = "/security/second-factor/qr.svg")
  ResponseEntity<String> qr(@AuthenticationPrincipal PortalUser user) {
    return qrFor(secondFactors, user);
  }

  static ResponseEntity<String> qrFor(SecondFactors secondFactors, PortalUser user) {
    return secondFactors
        .pendingTotpSecret(user.accountId())
        .map(
            secret ->
                ResponseEntity.ok()
                    .cacheControl(CacheControl.noStore())
                    .contentType(MediaType.valueOf("image/svg+xml"))
                    .body(
                        QrCodeSvg.of(
                            Totp.provisioningUri("Safeports", user.getUsername(), secret))))
        .orElse(ResponseEntity.notFound().build());
  }

  @PostMapping("/security/second-factor")
  String confirmSecondFactor(
      @AuthenticationPrincipal PortalUser user,
      @RequestParam(defaultValue = "") String code,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    var codes = secondFactors.confirmTotpEnrolment(user.accountId(), code, session.getId());
    if (codes.isEmpty()) {
      model.addAttribute("codeError", "identity.secondFactor.wrongCode");
      return setUpPage(user, model);
    }
    redirect.addFlashAttribute("recoveryCodes", codes.get());
    redirect.addFlashAttribute("notice", "identity.secondFactor.enabled");
    return "redirect:/account/security";
  }

  @PostMapping("/security/recovery-codes")
  String newRecoveryCodes(
      @AuthenticationPrincipal PortalUser user, HttpSession session, RedirectAttributes redirect) {
    if (accounts.view(user.accountId()).secondFactor()) {
      redirect.addFlashAttribute(
          "recoveryCodes",
          secondFactors.regenerateRecoveryCodes(user.accountId(), session.getId()));
    }
    return "redirect:/account/security";
  }

  @PostMapping("/security/second-factor/remove")
  String removeSecondFactor(
      @AuthenticationPrincipal PortalUser user,
      @RequestParam(defaultValue = "") String password,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    if (user.role().isStaff() && properties.requireSecondFactorForStaff()) {
      model.addAttribute("account", accounts.view(user.accountId()));
      model.addAttribute("removeError", "identity.secondFactor.requiredForStaff");
      return "identity/security";
    }
    var check = secondFactors.disableTotp(user.accountId(), password, session.getId());
    if (check != Passwords.PasswordCheck.RIGHT) {
      model.addAttribute("account", accounts.view(user.accountId()));
      model.addAttribute("removeError", passwordProblem(check));
      return "identity/security";
    }
    redirect.addFlashAttribute("notice", "identity.secondFactor.removed");
    return "redirect:/account/security";
  }

  private static String passwordProblem(Passwords.PasswordCheck check) {
    return check == Passwords.PasswordCheck.TOO_MANY_TRIES
        ? "identity.signIn.throttled"
        : "identity.password.currentWrong";
  }

  /**
   * The organisation and the country are checked only where the person may change them; where the
   * secretariat vouches for them, whatever was posted is ignored by the service.
   */
  private void checkEditableFacts(AccountView account, ProfileForm form, BindingResult result) {
    if (!VouchedFacts.organisation(account.role()) && !StringUtils.hasText(form.organisation())) {
      result.rejectValue("organisation", "identity.organisation.required");
    }
    if (VouchedFacts.country(account.role())) {
      return;
    }
    if (!StringUtils.hasText(form.country())) {
      result.rejectValue("country", "identity.country.required");
    } else if (!accounts.isOasState(form.country())) {
      result.rejectValue("country", "identity.country.unknown");
    }
  }

  private String page(AccountView account, Model model, Locale locale) {
    model.addAttribute("account", account);
    model.addAttribute("countryVouched", VouchedFacts.country(account.role()));
    model.addAttribute("organisationVouched", VouchedFacts.organisation(account.role()));
    model.addAttribute("countries", memberStates.oasStates(locale));
    model.addAttribute("countryName", memberStates.name(account.countryCode(), locale));
    model.addAttribute("languages", Language.all());
    var mine = memberships.of(account.id());
    model.addAttribute("memberships", mine);
    model.addAttribute(
        "membershipCountries",
        mine.stream()
            .map(m -> m.countryCode())
            .distinct()
            .collect(
                java.util.stream.Collectors.toMap(
                    code -> code, code -> memberStates.name(code, locale))));
    return "identity/account";
  }
}
