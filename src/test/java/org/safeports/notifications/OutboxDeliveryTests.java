package org.safeports.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.safeports.platform.PortalProperties;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A mail written while the mail server is down is kept, retried later, and delivered once. */
@PortalTest
class OutboxDeliveryTests {

  @Autowired MailOutbox outbox;
  @Autowired OutboxMailRepository mails;
  @Autowired TestSenders senders;
  @Autowired PortalProperties properties;
  @Autowired org.safeports.platform.DemoMode demoMode;
  @Autowired org.springframework.context.MessageSource messages;

  @Test
  void mailWaitsOutAMailServerOutageAndIsDeliveredOnce() throws Exception {
    int port = freePort();
    JavaMailSenderImpl smtp = new JavaMailSenderImpl();
    smtp.setHost("127.0.0.1");
    smtp.setPort(port);
    smtp.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    String recipient = "outage-" + System.nanoTime() + "@test.safeports.org";
    senders.settleEarlierMail();
    outbox.enqueue(recipient, "es", "passwordChanged", "Rosa");
    OutboxMail mail = newestFor(recipient);
    assertThat(mail.subject())
        .isEqualTo(
            messages.getMessage(
                "mail.passwordChanged.subject", null, java.util.Locale.forLanguageTag("es")));

    // The server is down: the attempt fails, the mail stays, due again a minute later.
    deliverUntilTried(sender(smtp, Clock.systemUTC()), mail.id(), 1);
    OutboxMail failed = mails.findById(mail.id()).orElseThrow();
    assertThat(failed.status()).isEqualTo(OutboxMail.Status.PENDING);
    assertThat(failed.lastError()).isNotBlank();
    assertThat(failed.nextAttemptAt()).isAfter(failed.createdAt().plusSeconds(50));

    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
    server.start();
    try {
      OutboxSender later = sender(smtp, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2)));
      deliverUntilTried(later, mail.id(), 2);
      deliverUntilTried(later, mail.id(), 2);
      assertThat(mails.findById(mail.id()).orElseThrow().status())
          .isEqualTo(OutboxMail.Status.SENT);
      MimeMessage[] received = server.getReceivedMessages();
      long toRecipient =
          java.util.Arrays.stream(received)
              .filter(
                  m -> {
                    try {
                      return m.getAllRecipients()[0].toString().equals(recipient);
                    } catch (Exception e) {
                      return false;
                    }
                  })
              .count();
      assertThat(toRecipient).isEqualTo(1);
    } finally {
      server.stop();
    }
  }

  private OutboxSender sender(JavaMailSender smtp, Clock clock) {
    return senders.sender(smtp, clock);
  }

  /**
   * Runs the sender until the mail has had {@code attempts} attempts (other tests' mail may be
   * ahead of it).
   */
  private void deliverUntilTried(OutboxSender sender, long id, int attempts) {
    for (int round = 0; round < 50; round++) {
      if (mails.findById(id).orElseThrow().attempts() >= attempts) {
        return;
      }
      sender.deliverDue();
    }
  }

  private OutboxMail newestFor(String recipient) {
    return mails.findAll().stream()
        .filter(m -> m.recipient().equals(recipient))
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
