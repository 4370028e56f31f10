package org.safeports.notifications;

import java.time.Clock;
import java.time.Duration;
import org.safeports.platform.DemoMode;
import org.safeports.platform.PortalProperties;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Outbox senders as other instances of the portal would run them, each with its own mail server
 * connection and clock.
 */
@Component
class TestSenders {

  static final Duration LEASE = Duration.ofMinutes(5);

  private final OutboxClaims claims;
  private final PortalProperties properties;
  private final DemoMode demoMode;
  private final JdbcClient jdbc;

  TestSenders(
      OutboxClaims claims, PortalProperties properties, DemoMode demoMode, JdbcClient jdbc) {
    this.claims = claims;
    this.properties = properties;
    this.demoMode = demoMode;
    this.jdbc = jdbc;
  }

  OutboxSender sender(JavaMailSender smtp, Clock clock) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    if (smtp != null) {
      beans.addBean("smtp", smtp);
    }
    return new OutboxSender(
        claims, beans.getBeanProvider(JavaMailSender.class), properties, demoMode, clock, LEASE);
  }

  /** A mail server connection that gives up on each step after {@code millis}. */
  static JavaMailSenderImpl smtp(int port, int millis) {
    JavaMailSenderImpl smtp = new JavaMailSenderImpl();
    smtp.setHost("127.0.0.1");
    smtp.setPort(port);
    smtp.getJavaMailProperties().put("mail.smtp.connectiontimeout", String.valueOf(millis));
    smtp.getJavaMailProperties().put("mail.smtp.timeout", String.valueOf(millis));
    smtp.getJavaMailProperties().put("mail.smtp.writetimeout", String.valueOf(millis));
    return smtp;
  }

  /**
   * Hands every mail other tests left waiting (and any that falls due in the next three days) to
   * the demo's mail log, so that a test's sender meets only the mail that test wrote.
   */
  void settleEarlierMail() {
    Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(3));
    OutboxSender demo = sender(null, later);
    for (int round = 0; round < 1000 && dueBy(later) > 0; round++) {
      demo.deliverDue();
    }
  }

  private long dueBy(Clock clock) {
    return jdbc.sql(
            "select count(*) from outbox_mail where status = 'PENDING' and next_attempt_at <= ?")
        .param(java.sql.Timestamp.from(clock.instant()))
        .query(Long.class)
        .single();
  }
}
