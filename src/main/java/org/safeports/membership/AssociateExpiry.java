package org.safeports.membership;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes applications whose address was never confirmed within seven days: nobody saw them, and
 * the link has expired. Once a day on one instance (a lock in the database); a second run the same
 * day finds nothing left to remove.
 */
@Component
class AssociateExpiry {

  private static final Logger log = LoggerFactory.getLogger(AssociateExpiry.class);

  private final AssociateApplications applications;
  private final Clock clock;

  AssociateExpiry(AssociateApplications applications, Clock clock) {
    this.applications = applications;
    this.clock = clock;
  }

  @Scheduled(cron = "0 20 3 * * *", zone = "UTC")
  @SchedulerLock(name = "membership-unconfirmed-applications", lockAtMostFor = "PT30M")
  @Transactional
  public void removeUnconfirmed() {
    int removed =
        applications.removeUnconfirmedBefore(clock.instant().minus(AssociateApplying.CONFIRMATION));
    if (removed > 0) {
      log.info("Removed {} associate applications never confirmed", removed);
    }
  }
}
