package org.safeports.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox's short transactions around a delivery: claiming due mail, then recording how each
 * attempt went. The mail server is spoken to between them, with no transaction open and no row
 * locked, so a slow or silent server holds up nothing in the database.
 */
@Component
class OutboxClaims {

  /**
   * What a sender needs to send one claimed mail, and the claim that lets it record the outcome.
   */
  record ClaimedMail(
      long id,
      UUID token,
      String recipient,
      String subject,
      String body,
      String unsubscribeUrl,
      String attachmentName,
      String attachmentType,
      byte[] attachment) {

    ClaimedMail(
        long id, UUID token, String recipient, String subject, String body, String unsubscribeUrl) {
      this(id, token, recipient, subject, body, unsubscribeUrl, null, null, null);
    }
  }

  private static final Logger log = LoggerFactory.getLogger(OutboxClaims.class);

  private final OutboxMailRepository outbox;
  private final ApplicationEventPublisher events;

  OutboxClaims(OutboxMailRepository outbox, ApplicationEventPublisher events) {
    this.outbox = outbox;
    this.events = events;
  }

  /**
   * Claims up to {@code limit} due mails until {@code now + lease}. The rows are locked only until
   * this transaction commits; from then on the claim keeps other senders away.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  List<ClaimedMail> claimDue(Instant now, Duration lease, int limit) {
    UUID token = UUID.randomUUID();
    return outbox.lockDue(now, limit).stream()
        .map(
            mail -> {
              mail.claim(token, now.plus(lease));
              return new ClaimedMail(
                  mail.id(),
                  token,
                  mail.recipient(),
                  mail.subject(),
                  mail.body(),
                  mail.unsubscribeUrl(),
                  mail.attachmentName(),
                  mail.attachmentType(),
                  mail.attachment());
            })
        .toList();
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void delivered(ClaimedMail claimed, Instant now) {
    held(claimed).ifPresent(mail -> mail.delivered(now));
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void failed(ClaimedMail claimed, String error, Instant now) {
    held(claimed)
        .ifPresent(
            mail -> {
              mail.failed(error, now);
              if (mail.status() == OutboxMail.Status.FAILED && mail.about() != null) {
                events.publishEvent(new MailGivenUp(mail.about(), now));
              }
            });
  }

  /** Gives back the mail of a claim that was not tried, due again at once. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void releaseUntried(UUID token) {
    outbox.releaseClaim(token);
  }

  /**
   * The row, if this sender's claim still stands. A claim that ran out may have been taken by
   * another sender: its outcome is then that sender's to record.
   */
  private Optional<OutboxMail> held(ClaimedMail claimed) {
    Optional<OutboxMail> mail =
        outbox.lockById(claimed.id()).filter(m -> m.isClaimedBy(claimed.token()));
    if (mail.isEmpty()) {
      log.warn("The claim on mail {} ran out before its outcome was recorded", claimed.id());
    }
    return mail;
  }
}
