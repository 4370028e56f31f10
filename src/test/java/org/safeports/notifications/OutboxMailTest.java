package org.safeports.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How long a mail waits after each failed attempt. */
class OutboxMailTest {

  private final Instant written = Instant.parse("2026-12-01T06:00:00Z");

  @Test
  void otherMailWaitsTwiceAsLongAfterEachFailureUpToSixHoursThenGivesUp() {
    OutboxMail mail =
        new OutboxMail("a@example.org", "s", "b", "en", "passwordChanged", false, written);
    Instant now = written;
    long[] pauses = new long[OutboxMail.MAX_ATTEMPTS - 1];
    for (int attempt = 0; attempt < pauses.length; attempt++) {
      mail.failed("down", now);
      pauses[attempt] = Duration.between(now, mail.nextAttemptAt()).toMinutes();
      now = mail.nextAttemptAt();
    }
    assertThat(pauses).containsExactly(1, 2, 4, 8, 16, 32, 64, 128, 256, 360, 360);
    mail.failed("down", now);
    assertThat(mail.status()).isEqualTo(OutboxMail.Status.FAILED);
  }

  @Test
  void mailForSigningInIsTriedEveryHalfMinuteForTwoDays() {
    OutboxMail mail = new OutboxMail("a@example.org", "s", "b", "en", "verifyEmail", true, written);
    Instant now = written;
    for (int attempt = 0; attempt < 100; attempt++) {
      mail.failed("down", now);
      assertThat(Duration.between(now, mail.nextAttemptAt())).isEqualTo(Duration.ofSeconds(30));
      now = mail.nextAttemptAt();
    }
    assertThat(mail.status()).isEqualTo(OutboxMail.Status.PENDING);
    mail.failed("down", written.plus(Duration.ofHours(48)).plusSeconds(1));
    assertThat(mail.status()).isEqualTo(OutboxMail.Status.FAILED);
  }
}
