package org.safeports.membership;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What membership's screens answer when a step is refused that no form field can show (an
 * application decided meanwhile): back to the page the step was sent from, the reason on top.
 * Refusals that belong to a field are shown on the form itself (FormErrors.accepted).
 */
@ControllerAdvice(basePackageClasses = MembershipFailureAdvice.class)
class MembershipFailureAdvice {

  @ExceptionHandler
  String refused(
      AssociateRejection refused, HttpServletRequest request, RedirectAttributes redirect) {
    redirect.addFlashAttribute("alert", refused.code());
    return "redirect:" + request.getServletPath().replaceFirst("/(ask|approve|decline)$", "");
  }
}
