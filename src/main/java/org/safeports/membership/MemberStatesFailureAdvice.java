package org.safeports.membership;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the membership screens answer when a refusal reaches them outside a form (a form's refusals
 * are shown next to its fields through FormErrors.accepted): back to the member states' admin list
 * with the reason on top.
 */
@ControllerAdvice(basePackageClasses = MemberStatesFailureAdvice.class)
class MemberStatesFailureAdvice {

  @ExceptionHandler
  String refused(MemberStateRefused refused, RedirectAttributes redirect) {
    redirect.addFlashAttribute("alert", refused.code());
    return "redirect:/admin/members/states";
  }
}
