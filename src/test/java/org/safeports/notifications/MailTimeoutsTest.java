package org.safeports.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The mail server connection the portal's settings make: every step of it has a time limit. */
class MailTimeoutsTest {

  private final ApplicationContextRunner portal =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
          .withInitializer(
              context -> {
                try {
                  context
                      .getEnvironment()
                      .getPropertySources()
                      .addLast(new ResourcePropertySource("classpath:application.properties"));
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              });

  @Test
  void connectReadAndWriteTimeoutsAreSetByDefault() {
    portal
        .withPropertyValues("spring.mail.host=127.0.0.1")
        .run(
            context -> {
              var properties =
                  ((JavaMailSenderImpl) context.getBean(JavaMailSender.class))
                      .getJavaMailProperties();
              assertThat(properties.getProperty("mail.smtp.connectiontimeout")).isEqualTo("5000");
              assertThat(properties.getProperty("mail.smtp.timeout")).isEqualTo("10000");
              assertThat(properties.getProperty("mail.smtp.writetimeout")).isEqualTo("10000");
              assertThat(properties.getProperty("mail.smtps.timeout")).isEqualTo("10000");
            });
  }

  @Test
  void aServerThatAcceptsAndNeverAnswersIsGivenUpOnAfterTheReadTimeout() throws Exception {
    try (SilentMailServer server = new SilentMailServer()) {
      portal
          .withPropertyValues(
              "spring.mail.host=127.0.0.1",
              "spring.mail.port=" + server.port(),
              "safeports.mail.read-timeout-ms=1000")
          .run(
              context -> {
                JavaMailSender smtp = context.getBean(JavaMailSender.class);
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom("no-reply@safeports.org");
                message.setTo("ana@example.org");
                message.setText("hello");
                CompletableFuture<Void> sending =
                    CompletableFuture.runAsync(() -> smtp.send(message));
                // Without a read timeout this would wait for ever; the bound only catches that.
                assertThatThrownBy(() -> sending.get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(MailException.class)
                    .hasStackTraceContaining("timed out");
              });
    }
  }
}
