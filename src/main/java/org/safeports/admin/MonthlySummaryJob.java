package org.safeports.admin;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On the first of each month, 06:00 UTC, the summary of the month before to each delegate. The lock
 * makes one instance run it; the sent-month record makes a rerun (after a failure, or the same day
 * by hand) send only what did not go.
 */
@Component
class MonthlySummaryJob {

  private static final Logger LOG = LoggerFactory.getLogger(MonthlySummaryJob.class);

  private final MonthlySummaries summaries;
  private final Clock clock;

  MonthlySummaryJob(MonthlySummaries summaries, Clock clock) {
    this.summaries = summaries;
    this.clock = clock;
  }

  @Scheduled(cron = "0 0 6 1 * *", zone = "UTC")
  @SchedulerLock(name = "admin-participation-monthly", lockAtMostFor = "PT30M")
  void monthly() {
    YearMonth last = YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(1);
    int sent = summaries.send(last);
    LOG.info("Participation summaries of {} sent to {} delegates", last, sent);
  }
}
