package org.safeports.notifications;

import org.safeports.platform.DemoMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's view of the outbox: what went out, what waits, what is being sent, what failed and
 * why. Bodies (which hold sign-in links) are shown only in the demo, where no real mail leaves the
 * portal.
 */
@Controller
@RequestMapping("/admin/mail")
class MailLogController {

  private final MailLog mailLog;
  private final DemoMode demoMode;

  MailLogController(MailLog mailLog, DemoMode demoMode) {
    this.mailLog = mailLog;
    this.demoMode = demoMode;
  }

  @GetMapping
  String log(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("mails", mailLog.page(page));
    model.addAttribute("showBodies", demoMode.isEnabled());
    return "notifications/mail-log";
  }

  @PostMapping("/{id}/retry")
  String retry(@PathVariable long id, RedirectAttributes redirect) {
    if (mailLog.retry(id)) {
      redirect.addFlashAttribute("notice", "notifications.mailLog.retried");
    }
    return "redirect:/admin/mail";
  }
}
