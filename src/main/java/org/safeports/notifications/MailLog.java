package org.safeports.notifications;

import java.time.Clock;
import java.time.Instant;
import org.safeports.platform.DemoMode;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox as the admin's mail log shows it, and sending a mail again. */
@Service
@Transactional(readOnly = true)
class MailLog {

  /**
   * Shown for a mail that a sender has claimed and is handing to the mail server now; not a state
   * of the row, which stays waiting (or failed) until the sender records the outcome.
   */
  static final String SENDING = "SENDING";

  /** One mail as the log lists it; {@code body} only in the demo. */
  record MailRow(
      long id,
      String recipient,
      String subject,
      String body,
      String category,
      String status,
      int attempts,
      String lastError,
      Instant createdAt,
      Instant sentAt,
      String unsubscribeUrl) {}

  static final int PAGE_SIZE = 50;

  private final OutboxMailRepository outbox;
  private final DemoMode demoMode;
  private final Clock clock;

  MailLog(OutboxMailRepository outbox, DemoMode demoMode, Clock clock) {
    this.outbox = outbox;
    this.demoMode = demoMode;
    this.clock = clock;
  }

  Page<MailRow> page(int page) {
    Instant now = clock.instant();
    return Paging.existing(
            outbox.findAllByOrderByCreatedAtDesc(Paging.request(page, PAGE_SIZE, Sort.unsorted())))
        .map(mail -> row(mail, now));
  }

  /**
   * Makes a mail due again now; false for mail already sent. Refused for a mail that a sender is
   * handing to the mail server at this moment: its outcome is recorded in a moment.
   */
  @Transactional
  boolean retry(long id) {
    OutboxMail mail = outbox.findById(id).orElseThrow(NotFoundException::new);
    if (mail.status() == OutboxMail.Status.SENT) {
      return false;
    }
    if (beingSent(mail, clock.instant())) {
      throw new MailBeingSent();
    }
    mail.retryNow(clock.instant());
    return true;
  }

  /** A retry asked for while a sender holds the mail. */
  static class MailBeingSent extends RuntimeException {
    MailBeingSent() {
      super("Being sent");
    }
  }

  private static boolean beingSent(OutboxMail mail, Instant now) {
    return mail.status() != OutboxMail.Status.SENT
        && mail.claimedUntil() != null
        && mail.claimedUntil().isAfter(now);
  }

  private MailRow row(OutboxMail m, Instant now) {
    return new MailRow(
        m.id(),
        m.recipient(),
        m.subject(),
        demoMode.isEnabled() ? m.body() : null,
        m.category(),
        beingSent(m, now) ? SENDING : m.status().name(),
        m.attempts(),
        m.lastError(),
        m.createdAt(),
        m.sentAt(),
        m.unsubscribeUrl());
  }
}
