package org.safeports.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day (at {@code safeports.notifications.digest-cron}, UTC; 07:00 unless set) each editor
 * who chose the digest for some kind gets one mail with what came in since their last one. One
 * instance runs it (the lock in table shedlock); run twice the same day, or by two instances at
 * once, it still sends each editor one mail, since {@link WaitingDigest#send} keeps the day.
 */
@Component
class DailyDigest {

  private final WaitingDigest digest;
  private final Clock clock;

  DailyDigest(WaitingDigest digest, Clock clock) {
    this.digest = digest;
    this.clock = clock;
  }

  @Scheduled(cron = "${safeports.notifications.digest-cron:0 0 7 * * *}", zone = "UTC")
  @SchedulerLock(name = "notifications-daily-digest", lockAtMostFor = "PT30M")
  public void sendDigests() {
    Instant now = clock.instant();
    LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
    for (long accountId : digest.due(day)) {
      digest.send(accountId, day, now);
    }
  }
}
