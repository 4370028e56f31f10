package org.safeports.membership;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Objects;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.Auditable;
import org.safeports.platform.web.FormErrors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page an invitation's link opens: signed out, the invitee chooses a name and password and
 * becomes a delegate with a new account; signed in with the invited address, one button. A link
 * that expired, was used or was cancelled says so.
 */
@Controller
class InvitationController {

  private final Invitations invitations;

  InvitationController(Invitations invitations) {
    this.invitations = invitations;
  }

  @GetMapping("/members/invitations/{token}")
  String show(
      @PathVariable String token,
      Authentication authentication,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    Auditable person = signedIn(authentication);
    Invitations.Shown shown = invitations.show(token, locale).orElseThrow(NotFoundException::new);
    model.addAttribute("form", new AcceptForm(shown.invitation().displayName(), null, null));
    return page(shown, token, person, model, response);
  }

  @PostMapping("/members/invitations/{token}")
  String accept(
      @PathVariable String token,
      Authentication authentication,
      @Valid @ModelAttribute("form") AcceptForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Auditable person = signedIn(authentication);
    Invitations.Shown shown = invitations.show(token, locale).orElseThrow(NotFoundException::new);
    long id = shown.invitation().id();
    Invitations.Result done;
    if (person != null) {
      done = invitations.acceptSignedIn(id, person);
    } else {
      if (!Objects.equals(form.password(), form.confirmPassword())) {
        FormErrors.reject(result, "confirmPassword", "membership.invitation.password.mismatch");
      }
      if (result.hasErrors()) {
        return page(shown, token, null, model, response);
      }
      done = invitations.acceptSignedOut(id, form.displayName(), form.password());
    }
    switch (done.outcome()) {
      case ACCEPTED -> {
        redirect.addFlashAttribute("notice", "membership.invitation.accepted");
        return person != null ? "redirect:/account" : "redirect:/sign-in";
      }
      case PASSWORD_REFUSED ->
          done.problems().forEach(key -> FormErrors.reject(result, "password", key));
      case ACCOUNT_EXISTS -> model.addAttribute("accountExists", true);
      case OTHER_ACCOUNT -> model.addAttribute("otherAccount", true);
      case NOT_OPEN -> {}
    }
    return page(invitations.show(token, locale).orElseThrow(), token, person, model, response);
  }

  /**
   * The person fully signed in (a role of the portal), or null: a visitor, or someone half-way
   * through the second factor, accepts as signed out would.
   */
  private static Auditable signedIn(Authentication authentication) {
    if (authentication != null
        && authentication.getPrincipal() instanceof Auditable person
        && authentication.getAuthorities().stream()
            .anyMatch(a -> String.valueOf(a.getAuthority()).startsWith("ROLE_"))) {
      return person;
    }
    return null;
  }

  private static String page(
      Invitations.Shown shown,
      String token,
      Auditable person,
      Model model,
      HttpServletResponse response) {
    if (shown.state() != DelegateInvitation.State.OPEN) {
      response.setStatus(HttpServletResponse.SC_GONE);
    }
    model.addAttribute("invitation", shown.invitation());
    model.addAttribute("state", shown.state().name());
    model.addAttribute("countryName", shown.country());
    model.addAttribute("token", token);
    model.addAttribute("signedIn", person != null);
    return "membership/invitation";
  }
}
