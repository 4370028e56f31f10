package org.safeports.notifications;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mail log's refusal: a retry of a mail that a sender is handing to the mail server now. */
@ControllerAdvice(basePackageClasses = NotificationsFailureAdvice.class)
class NotificationsFailureAdvice {

  @ExceptionHandler
  String beingSent(MailLog.MailBeingSent refused, RedirectAttributes redirect) {
    redirect.addFlashAttribute("alert", "notifications.mailLog.beingSent");
    return "redirect:/admin/mail";
  }
}
