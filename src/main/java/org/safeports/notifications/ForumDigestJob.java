package org.safeports.notifications;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.safeports.forum.ForumDelivery;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The forum's digests: daily at 06:30 UTC, weekly on Mondays at 06:40 UTC. One instance runs each
 * (the lock in table shedlock); run twice, or by two instances at once, each reader still gets one
 * digest a period, since the reader's row is taken and stamped in the transaction that writes it,
 * and no post goes twice to a reader ({@code forum_delivery}).
 */
@Component
class ForumDigestJob {

  private final ForumDigests digests;
  private final Clock clock;

  ForumDigestJob(ForumDigests digests, Clock clock) {
    this.digests = digests;
    this.clock = clock;
  }

  @Scheduled(cron = "${safeports.forum.daily-digest-cron:0 30 6 * * *}", zone = "UTC")
  @SchedulerLock(name = "forum-daily-digest", lockAtMostFor = "PT30M")
  public void daily() {
    sendAll(ForumDelivery.DAILY);
  }

  @Scheduled(cron = "${safeports.forum.weekly-digest-cron:0 40 6 * * MON}", zone = "UTC")
  @SchedulerLock(name = "forum-weekly-digest", lockAtMostFor = "PT30M")
  public void weekly() {
    sendAll(ForumDelivery.WEEKLY);
  }

  /** Each reader in a transaction of their own: one failure does not hold back the others. */
  int sendAll(ForumDelivery kind) {
    Instant now = clock.instant();
    int sent = 0;
    for (long accountId : digests.due(kind, now)) {
      if (digests.send(accountId, kind, now)) {
        sent++;
      }
    }
    return sent;
  }
}
