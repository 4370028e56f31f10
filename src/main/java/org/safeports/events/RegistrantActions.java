package org.safeports.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat's work on an event's registrants as a group: attendance and messages. */
@Service
class RegistrantActions {

  private final JdbcClient jdbc;
  private final EventRegistrations registrations;
  private final RegistrationRecords records;
  private final EventRepository events;
  private final ApplicationEventPublisher publisher;
  private final AuditLog audit;
  private final Clock clock;

  RegistrantActions(
      JdbcClient jdbc,
      EventRegistrations registrations,
      RegistrationRecords records,
      EventRepository events,
      ApplicationEventPublisher publisher,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.registrations = registrations;
    this.records = records;
    this.events = events;
    this.publisher = publisher;
    this.audit = audit;
    this.clock = clock;
  }

  /** Marks who came (after the event): those named attended, the other confirmed did not. */
  @Transactional
  EventRegistrations.Outcome attendance(long eventId, List<Long> attended) {
    Event event = registrations.locked(eventId);
    if (!event.startsAt().isBefore(clock.instant())) {
      return EventRegistrations.Outcome.refused("events.registrants.notYet");
    }
    jdbc.sql(
            "update event_registration set attended = (id = any(?)) where event_id = ? and"
                + " status = 'CONFIRMED'")
        .params(attended.toArray(Long[]::new), eventId)
        .update();
    audit.record(
        AuditEntry.of(AuditAction.EVENT_ATTENDANCE_MARKED, eventId)
            .detail(AuditEntry.fields("attended", attended.size())));
    return new EventRegistrations.Outcome(RegistrationStatus.CONFIRMED, null);
  }

  /** A message from the secretariat to the registrants of one status (all active when null). */
  @Transactional
  int message(long eventId, RegistrationStatus status, String text) {
    Event event = events.findById(eventId).orElseThrow(NotFoundException::new);
    List<EventMailDue.Letter> letters = new ArrayList<>();
    for (RegistrationRecords.Registration r : records.ofEvent(eventId, status)) {
      if (r.status().active()) {
        letters.add(
            registrations.letter(
                event, r.accountId(), r.language(), EventMailDue.Kind.MESSAGE, text));
      }
    }
    audit.record(
        AuditEntry.of(AuditAction.EVENT_REGISTRANTS_MESSAGED, eventId)
            .detail(AuditEntry.fields("group", status, "recipients", letters.size())));
    publisher.publishEvent(new EventMailDue(letters));
    return letters.size();
  }
}
