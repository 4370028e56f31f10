package org.safeports.notifications;

import java.time.Clock;
import org.safeports.platform.DemoMode;
import org.safeports.platform.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers due mail every few seconds. Several instances may run it at once: each locks the rows it
 * takes ({@code for update skip locked}), so a mail goes out once. Without a mail server configured
 * ({@code spring.mail.host}): in the demo, mail counts as delivered to the mail log screen; outside
 * it, mail waits in the outbox until a server is configured.
 */
@Component
class OutboxSender {

  static final int BATCH = 20;

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

  private final OutboxMailRepository outbox;
  private final ObjectProvider<JavaMailSender> smtp;
  private final PortalProperties properties;
  private final DemoMode demoMode;
  private final Clock clock;
  private boolean warnedNoServer;

  OutboxSender(
      OutboxMailRepository outbox,
      ObjectProvider<JavaMailSender> smtp,
      PortalProperties properties,
      DemoMode demoMode,
      Clock clock) {
    this.demoMode = demoMode;
    this.outbox = outbox;
    this.smtp = smtp;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${safeports.mail.poll-interval:5s}",
      initialDelayString = "${safeports.mail.poll-interval:5s}")
  @Transactional
  public void deliverDue() {
    JavaMailSender sender = smtp.getIfAvailable();
    if (sender == null && !demoMode.isEnabled()) {
      if (!warnedNoServer) {
        log.warn("No mail server is configured (spring.mail.host): e-mail waits in the outbox");
        warnedNoServer = true;
      }
      return;
    }
    for (OutboxMail mail : outbox.lockDue(clock.instant(), BATCH)) {
      try {
        if (sender != null) {
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
        mail.delivered(clock.instant());
      } catch (MailException e) {
        log.warn(
            "Mail to {} not sent (attempt {}): {}",
            mail.recipient(),
            mail.attempts() + 1,
            e.getMessage());
        mail.failed(e.getMessage(), clock.instant());
      }
    }
  }
}
