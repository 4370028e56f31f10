package org.safeports.membership;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A delegates rule that refused a step outside a form's own checks: an invitee who became the
 * country's delegate some other way meanwhile. Nothing was saved; the page they came from says why.
 */
@ControllerAdvice(basePackageClasses = MembershipFailureAdvice.class)
class MembershipFailureAdvice {

  @ExceptionHandler
  String refused(DelegateRefusal refusal, HttpServletRequest request, RedirectAttributes redirect) {
    redirect.addFlashAttribute("alert", refusal.code());
    return "redirect:" + request.getRequestURI();
  }
}
