package org.safeports.notifications;

import jakarta.mail.SendFailedException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.safeports.notifications.OutboxClaims.ClaimedMail;
import org.safeports.platform.DemoMode;
import org.safeports.platform.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers due mail every few seconds. Several instances may run it at once: each claims the rows
 * it takes for a while ({@code safeports.mail.claim-lease}), so a mail goes out once, and a claim
 * left by a crashed instance runs out. No transaction is open while the mail server is spoken to.
 * Without a mail server configured ({@code spring.mail.host}): in the demo, mail counts as
 * delivered to the mail log screen; outside it, mail waits in the outbox until a server is
 * configured.
 */
@Component
class OutboxSender {

  static final int BATCH = 20;

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

  private final OutboxClaims claims;
  private final ObjectProvider<JavaMailSender> smtp;
  private final PortalProperties properties;
  private final DemoMode demoMode;
  private final Clock clock;
  private final Duration lease;
  private boolean warnedNoServer;

  OutboxSender(
      OutboxClaims claims,
      ObjectProvider<JavaMailSender> smtp,
      PortalProperties properties,
      DemoMode demoMode,
      Clock clock,
      @Value("${safeports.mail.claim-lease:5m}") Duration lease) {
    this.claims = claims;
    this.smtp = smtp;
    this.properties = properties;
    this.demoMode = demoMode;
    this.clock = clock;
    this.lease = lease;
  }

  @Scheduled(
      fixedDelayString = "${safeports.mail.poll-interval:5s}",
      initialDelayString = "${safeports.mail.poll-interval:5s}")
  public void deliverDue() {
    JavaMailSender sender = smtp.getIfAvailable();
    if (sender == null && !demoMode.isEnabled()) {
      if (!warnedNoServer) {
        log.warn("No mail server is configured (spring.mail.host): e-mail waits in the outbox");
        warnedNoServer = true;
      }
      return;
    }
    Instant claimedAt = clock.instant();
    List<ClaimedMail> batch = claims.claimDue(claimedAt, lease, BATCH);
    int next = 0;
    try {
      while (next < batch.size() && stillHeld(claimedAt)) {
        if (!deliver(sender, batch.get(next++))) {
          // The server is down or stuck: the rest of the batch would only wait for it too.
          break;
        }
      }
    } finally {
      if (next < batch.size()) {
        claims.releaseUntried(batch.get(next).token());
      }
    }
  }

  /**
   * Sends only while half the claim is left, so that a mail is never still being sent when its
   * claim runs out and another instance takes it.
   */
  private boolean stillHeld(Instant claimedAt) {
    return Duration.between(claimedAt, clock.instant()).compareTo(lease.dividedBy(2)) < 0;
  }

  /**
   * Sends one mail; false if the mail server itself is out of reach (down, silent, or refusing us).
   */
  private boolean deliver(JavaMailSender sender, ClaimedMail mail) {
    try {
      if (sender != null && mail.attachment() != null) {
        sender.send(messageWithFile(mail));
      } else if (sender != null && mail.unsubscribeUrl() != null) {
        sender.send(listMessage(mail));
      } else if (sender != null) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(mail.recipient());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        sender.send(message);
      } else {
        log.info(
            "Mail to {} kept in the mail log (no mail server set): {}",
            mail.recipient(),
            mail.subject());
      }
    } catch (MailException e) {
      log.warn("Mail to {} not sent: {}", mail.recipient(), e.getMessage());
      claims.failed(mail, e.getMessage(), clock.instant());
      return refusedThisMailOnly(e);
    }
    claims.delivered(mail, clock.instant());
    return true;
  }

  /**
   * A list's mail as a MIME message, for the two headers that let mail programs unsubscribe the
   * reader with one click (RFC 2369 and RFC 8058): the address takes a POST with no session.
   */
  private MimeMessagePreparator listMessage(ClaimedMail mail) {
    return mime -> {
      MimeMessageHelper message = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
      message.setFrom(properties.mailFrom());
      message.setTo(mail.recipient());
      message.setSubject(mail.subject());
      message.setText(mail.body());
      mime.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
      mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    };
  }

  /** A mail with its one file, as a multipart MIME message. */
  private MimeMessagePreparator messageWithFile(ClaimedMail mail) {
    return mime -> {
      MimeMessageHelper message = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
      message.setFrom(properties.mailFrom());
      message.setTo(mail.recipient());
      message.setSubject(mail.subject());
      message.setText(mail.body());
      message.addAttachment(
          mail.attachmentName(),
          new org.springframework.core.io.ByteArrayResource(mail.attachment()),
          mail.attachmentType());
    };
  }

  /**
   * The server answered and refused this one message (an unknown address, say): the next mail may
   * still go. A failure to connect, to sign in or to get an answer in time says nothing goes.
   */
  static boolean refusedThisMailOnly(MailException e) {
    if (!(e instanceof MailSendException send) || send.getCause() != null) {
      return false;
    }
    return !send.getFailedMessages().isEmpty()
        && send.getFailedMessages().values().stream()
            .allMatch(failure -> failure instanceof SendFailedException);
  }
}
