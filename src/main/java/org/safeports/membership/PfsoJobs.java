package org.safeports.membership;

import java.time.Clock;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditActor;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily PFSO jobs: reminders a month before a verification ends, expiry the day after its last
 * day (the role goes at once, open sessions included, through {@link PfsoExpired}), and the
 * deletion of supporting documents a year after their request was decided. Each runs once across
 * instances (a ShedLock lock) and is safe to run again the same day: every step is one statement
 * that moves a row on, so a row reminded, expired or deleted is not picked up twice.
 */
@Component
class PfsoJobs {

  private final PfsoRequests requests;
  private final PfsoDelegations delegations;
  private final PfsoService service;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;
  private final Clock clock;

  PfsoJobs(
      PfsoRequests requests,
      PfsoDelegations delegations,
      PfsoService service,
      ApplicationEventPublisher events,
      AuditLog audit,
      Clock clock) {
    this.requests = requests;
    this.delegations = delegations;
    this.service = service;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  @Scheduled(cron = "0 10 2 * * *", zone = "UTC")
  @SchedulerLock(name = "membership-pfso-daily", lockAtMostFor = "PT30M")
  void daily() {
    expire();
    remind();
    deleteDocuments();
  }

  /** Ends the verifications whose last day has passed; answers how many. */
  @Transactional
  int expire() {
    List<Long> expired = requests.expire(service.today());
    for (long id : expired) {
      PfsoRequest request = requests.find(id).orElseThrow();
      audit.record(
          AuditEntry.of(AuditAction.PFSO_EXPIRED, id)
              .by(AuditActor.NOBODY)
              .change(
                  AuditEntry.fields("state", PfsoState.APPROVED),
                  AuditEntry.fields("state", PfsoState.EXPIRED))
              .detail(
                  AuditEntry.fields(
                      "account", request.accountId(), "validUntil", request.validUntil())));
      events.publishEvent(
          new PfsoExpired(
              request.accountId(),
              id,
              request.personEmail(),
              request.language(),
              request.facility(),
              request.validUntil()));
    }
    return expired.size();
  }

  /** Reminds once each PFSO (and their delegates) whose verification ends within a month. */
  @Transactional
  int remind() {
    List<Long> due =
        requests.remind(
            service.today(), service.today().plusDays(PfsoService.EXPIRING_DAYS), clock.instant());
    for (long id : due) {
      PfsoRequest request = requests.find(id).orElseThrow();
      events.publishEvent(
          new PfsoExpiring(
              id,
              new PfsoRequested.Recipient(
                  request.personEmail(), request.personName(), request.language()),
              request.facility(),
              request.validUntil(),
              service.recipients(delegations.delegatesOf(request.countryCode()))));
    }
    return due.size();
  }

  /** Deletes the supporting documents kept a year after their decision; answers how many. */
  @Transactional
  int deleteDocuments() {
    return requests.deleteDocumentsDue(clock.instant());
  }
}
