package org.safeports.surveys;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every quarter of an hour, on one instance at a time: surveys that ended are closed, those that
 * opened invite their audience, and the due reminders go. The work itself is safe to repeat ({@link
 * SurveyInvitations}).
 */
@Component
class SurveyJobs {

  private final SurveyInvitations invitations;
  private final Clock clock;

  SurveyJobs(SurveyInvitations invitations, Clock clock) {
    this.invitations = invitations;
    this.clock = clock;
  }

  @Scheduled(cron = "0 */15 * * * *", zone = "UTC")
  @SchedulerLock(name = "surveys-invitations", lockAtMostFor = "PT10M")
  void run() {
    invitations.run(clock.instant());
  }
}
