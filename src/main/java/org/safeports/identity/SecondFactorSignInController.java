package org.safeports.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.safeports.platform.PortalProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The second step of signing in: a code from the app or a recovery code, or first setting one up.
 */
@Controller
class SecondFactorSignInController {

  private final AccountService accounts;
  private final SignInCompletion completion;
  private final SignInThrottle throttle;
  private final PortalProperties properties;
  private final AccountUserDetailsService users;

  SecondFactorSignInController(
      AccountService accounts,
      SignInCompletion completion,
      SignInThrottle throttle,
      PortalProperties properties,
      AccountUserDetailsService users) {
    this.users = users;
    this.accounts = accounts;
    this.completion = completion;
    this.throttle = throttle;
    this.properties = properties;
  }

  @GetMapping("/sign-in/second-factor")
  String codePage() {
    return "identity/second-factor";
  }

  @PostMapping("/sign-in/second-factor")
  String checkCode(
      @AuthenticationPrincipal PortalUser user,
      @RequestParam(defaultValue = "") String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model)
      throws IOException, ServletException {
    // Codes are counted on their own: signing in again with the right password does not reset
    // the count, so whoever has the password cannot keep guessing codes.
    if (throttle.codesBlocked(user.getUsername())) {
      accounts.secondFactorThrottled(user.accountId());
      model.addAttribute("codeError", "identity.signIn.throttled");
      return "identity/second-factor";
    }
    if (!accounts.checkSecondFactor(user.accountId(), code)) {
      throttle.recordCodeFailure(user.getUsername());
      model.addAttribute(
          "codeError",
          throttle.codesBlocked(user.getUsername())
              ? "identity.signIn.throttled"
              : "identity.secondFactor.wrongCode");
      return "identity/second-factor";
    }
    throttle.recordCodeSuccess(user.getUsername());
    completion.finish(request, response, user);
    return null;
  }

  @GetMapping("/sign-in/second-factor/set-up")
  String setUpPage(@AuthenticationPrincipal PortalUser user, Model model) {
    if (accounts.pendingTotpSecret(user.accountId()).isEmpty()) {
      accounts.startTotpEnrolment(user.accountId());
    }
    model.addAttribute("secret", accounts.pendingTotpSecret(user.accountId()).orElseThrow());
    model.addAttribute("qrPath", "/sign-in/second-factor/qr.svg");
    model.addAttribute("confirmPath", "/sign-in/second-factor/set-up");
    model.addAttribute("secondFactorRequired", true);
    return "identity/second-factor-set-up";
  }

  @GetMapping(value = "/sign-in/second-factor/qr.svg")
  ResponseEntity<String> qr(@AuthenticationPrincipal PortalUser user) {
    return AccountController.qrFor(accounts, properties, user);
  }

  @PostMapping("/sign-in/second-factor/set-up")
  String confirmSetUp(
      @AuthenticationPrincipal PortalUser user,
      @RequestParam(defaultValue = "") String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    var codes = accounts.confirmTotpEnrolment(user.accountId(), code, request.getSession().getId());
    if (codes.isEmpty()) {
      model.addAttribute("codeError", "identity.secondFactor.wrongCode");
      return setUpPage(user, model);
    }
    completion.signIn(request, response, refreshed(user));
    FlashMap flash = new FlashMap();
    flash.put("recoveryCodes", codes.get());
    flash.put("notice", "identity.secondFactor.enabled");
    var manager = RequestContextUtils.getFlashMapManager(request);
    if (manager != null) {
      manager.saveOutputFlashMap(flash, request, response);
    }
    return "redirect:/account/security";
  }

  /** The principal again, now that the second factor is on. */
  private PortalUser refreshed(PortalUser user) {
    return (PortalUser) users.loadUserByUsername(user.getUsername());
  }
}
