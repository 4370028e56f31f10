package org.safeports.notifications;

import java.time.Clock;
import org.safeports.platform.DemoMode;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's view of the outbox: what went out, what waits, what failed and why. Bodies (which
 * hold sign-in links) are shown only in the demo, where no real mail leaves the portal.
 */
@Controller
@RequestMapping("/admin/mail")
class MailLogController {

  record MailRow(
      long id,
      String recipient,
      String subject,
      String body,
      String category,
      String status,
      int attempts,
      String lastError,
      java.time.Instant createdAt,
      java.time.Instant sentAt) {}

  private final OutboxMailRepository outbox;
  private final DemoMode demoMode;
  private final Clock clock;

  MailLogController(OutboxMailRepository outbox, DemoMode demoMode, Clock clock) {
    this.outbox = outbox;
    this.demoMode = demoMode;
    this.clock = clock;
  }

  @GetMapping
  @Transactional(readOnly = true)
  String log(@RequestParam(defaultValue = "0") int page, Model model) {
    var mails =
        Paging.existing(
                outbox.findAllByOrderByCreatedAtDesc(Paging.request(page, 50, Sort.unsorted())))
            .map(this::row);
    model.addAttribute("mails", mails);
    model.addAttribute("showBodies", demoMode.isEnabled());
    return "notifications/mail-log";
  }

  @PostMapping("/{id}/retry")
  @Transactional
  String retry(@PathVariable long id, RedirectAttributes redirect) {
    OutboxMail mail = outbox.findById(id).orElseThrow(NotFoundException::new);
    if (mail.status() != OutboxMail.Status.SENT) {
      mail.retryNow(clock.instant());
      redirect.addFlashAttribute("notice", "notifications.mailLog.retried");
    }
    return "redirect:/admin/mail";
  }

  private MailRow row(OutboxMail m) {
    return new MailRow(
        m.id(),
        m.recipient(),
        m.subject(),
        demoMode.isEnabled() ? m.body() : null,
        m.category(),
        m.status().name(),
        m.attempts(),
        m.lastError(),
        m.createdAt(),
        m.sentAt());
  }
}
