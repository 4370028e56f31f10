package org.safeports.membership;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What membership's screens answer when a step is refused that no form field can show: back to the
 * page the step was sent from, the reason on top. Nothing was saved. Refusals that belong to a
 * field are shown on the form itself (FormErrors.accepted).
 */
@ControllerAdvice(basePackageClasses = MembershipFailureAdvice.class)
class MembershipFailureAdvice {

  /** An invitee who became the country's delegate some other way meanwhile. */
  @ExceptionHandler
  String refused(DelegateRefusal refusal, HttpServletRequest request, RedirectAttributes redirect) {
    redirect.addFlashAttribute("alert", refusal.code());
    return "redirect:" + request.getRequestURI();
  }

  /** An application decided meanwhile by another editor. */
  @ExceptionHandler
  String refused(
      AssociateRejection refused, HttpServletRequest request, RedirectAttributes redirect) {
    redirect.addFlashAttribute("alert", refused.code());
    return "redirect:" + request.getServletPath().replaceFirst("/(ask|approve|decline)$", "");
  }
}
