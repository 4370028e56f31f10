package org.safeports.identity;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the account screens answer to a step the account's state does not allow: back to the page
 * the step belongs to, with the reason on top. Wrong passwords and codes are shown next to their
 * field by the controllers themselves; they are answers, not failures.
 */
@ControllerAdvice(basePackageClasses = IdentityFailureAdvice.class)
class IdentityFailureAdvice {

  @ExceptionHandler
  String refused(IdentityRefusal refusal, RedirectAttributes redirect) {
    redirect.addFlashAttribute("alert", refusal.messageKey());
    return "redirect:" + refusal.page();
  }
}
