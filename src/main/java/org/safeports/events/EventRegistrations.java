package org.safeports.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registrations: a person takes a place, waits in line, or waits for the secretariat's approval;
 * cancelling a place gives it to the first in line. Every change to an event's registrations first
 * locks the event's row, so that two registrations at once are counted one after the other and the
 * confirmed never exceed the capacity.
 */
@Service
class EventRegistrations {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** What came of a request: the new status, or the message key of why nothing changed. */
  record Outcome(RegistrationStatus status, String refusal) {
    static Outcome refused(String code) {
      return new Outcome(null, code);
    }
  }

  private final JdbcClient jdbc;
  private final RegistrationRecords records;
  private final EventRepository events;
  private final EventCalendarFiles files;
  private final ApplicationEventPublisher publisher;
  private final AuditLog audit;
  private final Clock clock;

  EventRegistrations(
      JdbcClient jdbc,
      RegistrationRecords records,
      EventRepository events,
      EventCalendarFiles files,
      ApplicationEventPublisher publisher,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.records = records;
    this.events = events;
    this.files = files;
    this.publisher = publisher;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Registers a person (again, after a cancellation): a place if one is free, else the waiting
   * line; for an event with approval, the secretariat's queue. Refused when registration is not
   * open, when the person is already registered, or when the answers are not valid. A person
   * refused before applies again to the secretariat (pending), whatever the event's mode.
   */
  @Transactional
  Outcome register(
      long eventId, long accountId, String language, Map<String, String> answers, boolean listed) {
    Event event = locked(eventId);
    Instant now = clock.instant();
    if (!event.registrationOpen(now)) {
      return Outcome.refused("events.register.closed");
    }
    Optional<RegistrationRecords.Registration> before = records.of(eventId, accountId);
    if (before.isPresent() && before.get().status().active()) {
      return Outcome.refused("events.register.already");
    }
    // Someone the secretariat refused may apply again, but only to the secretariat: their new
    // registration waits for approval whatever the event's mode, so a refusal is never undone by
    // registering twice.
    boolean refusedBefore =
        before.isPresent() && before.get().status() == RegistrationStatus.REFUSED;
    RegistrationStatus status;
    if (event.registrationMode() == RegistrationMode.APPROVAL || refusedBefore) {
      status = RegistrationStatus.PENDING;
    } else {
      status = hasRoom(event) ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
    }
    String json = JSON.writeValueAsString(answers);
    Timestamp at = Timestamp.from(now);
    Timestamp waiting = status == RegistrationStatus.WAITING ? at : null;
    if (before.isPresent()) {
      jdbc.sql(
              "update event_registration set status = ?, waiting_since = ?, answers = cast(? as"
                  + " jsonb), language = ?, listed = ?, attended = null, registered_at = ?,"
                  + " status_changed_at = ?, version = version + 1 where id = ?")
          .params(status.name(), waiting, json, language, listed, at, at, before.get().id())
          .update();
    } else {
      jdbc.sql(
              "insert into event_registration (event_id, account_id, status, waiting_since,"
                  + " answers, language, listed, registered_at, status_changed_at)"
                  + " values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)")
          .params(eventId, accountId, status.name(), waiting, json, language, listed, at, at)
          .update();
    }
    EventMailDue.Kind kind =
        switch (status) {
          case CONFIRMED -> EventMailDue.Kind.CONFIRMED;
          case WAITING -> EventMailDue.Kind.WAITING;
          default -> EventMailDue.Kind.PENDING;
        };
    List<EventMailDue.Letter> letters = new ArrayList<>();
    letters.add(letter(event, accountId, language, kind, ""));
    publisher.publishEvent(new EventMailDue(letters));
    if (status == RegistrationStatus.PENDING) {
      publisher.publishEvent(
          new RegistrationWaiting(event.title(event.originalLanguage()), adminPath(eventId)));
    }
    return new Outcome(status, null);
  }

  /** The person gives up their registration; a place freed goes to the first in line. */
  @Transactional
  Outcome cancel(long eventId, long accountId) {
    Event event = locked(eventId);
    Optional<RegistrationRecords.Registration> found =
        records.of(eventId, accountId).filter(r -> r.status().active());
    if (found.isEmpty()) {
      return Outcome.refused("events.register.notRegistered");
    }
    if (event.past(clock.instant())) {
      return Outcome.refused("events.register.over");
    }
    RegistrationRecords.Registration registration = found.get();
    setStatus(registration.id(), RegistrationStatus.CANCELLED, null);
    List<EventMailDue.Letter> letters = new ArrayList<>();
    letters.add(letter(event, accountId, registration.language(), EventMailDue.Kind.CANCELLED, ""));
    if (registration.status() == RegistrationStatus.CONFIRMED) {
      promote(event, letters);
    }
    publisher.publishEvent(new EventMailDue(letters));
    return new Outcome(RegistrationStatus.CANCELLED, null);
  }

  /** The secretariat accepts a pending registration: a place if free, else the waiting line. */
  @Transactional
  Outcome approve(long eventId, long registrationId) {
    Event event = locked(eventId);
    Optional<RegistrationRecords.Registration> found =
        records.byId(eventId, registrationId).filter(r -> r.status() == RegistrationStatus.PENDING);
    if (found.isEmpty()) {
      return Outcome.refused("events.registrants.notPending");
    }
    RegistrationRecords.Registration registration = found.get();
    boolean room = hasRoom(event);
    setStatus(
        registrationId,
        room ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING,
        room ? null : clock.instant());
    audit.record(
        AuditEntry.of(AuditAction.EVENT_REGISTRATION_APPROVED, registrationId)
            .detail(AuditEntry.fields("event", eventId, "confirmed", room)));
    publisher.publishEvent(
        new EventMailDue(
            List.of(
                letter(
                    event,
                    registration.accountId(),
                    registration.language(),
                    room ? EventMailDue.Kind.CONFIRMED : EventMailDue.Kind.WAITING,
                    ""))));
    return new Outcome(room ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING, null);
  }

  /** The secretariat refuses a registration; a place it held goes to the first in line. */
  @Transactional
  Outcome refuse(long eventId, long registrationId) {
    Event event = locked(eventId);
    Optional<RegistrationRecords.Registration> found =
        records.byId(eventId, registrationId).filter(r -> r.status().active());
    if (found.isEmpty()) {
      return Outcome.refused("events.registrants.notActive");
    }
    RegistrationRecords.Registration registration = found.get();
    setStatus(registrationId, RegistrationStatus.REFUSED, null);
    audit.record(
        AuditEntry.of(AuditAction.EVENT_REGISTRATION_REFUSED, registrationId)
            .detail(AuditEntry.fields("event", eventId, "was", registration.status())));
    List<EventMailDue.Letter> letters = new ArrayList<>();
    letters.add(
        letter(
            event,
            registration.accountId(),
            registration.language(),
            EventMailDue.Kind.REFUSED,
            ""));
    if (registration.status() == RegistrationStatus.CONFIRMED) {
      promote(event, letters);
    }
    publisher.publishEvent(new EventMailDue(letters));
    return new Outcome(RegistrationStatus.REFUSED, null);
  }

  /** Gives the free places to the first in line, oldest wait first, each told by mail. */
  private void promote(Event event, List<EventMailDue.Letter> letters) {
    while (hasRoom(event)) {
      Optional<RegistrationRecords.Registration> next =
          jdbc.sql(
                  RegistrationRecords.SELECT
                      + " where event_id = ? and status = 'WAITING'"
                      + " order by waiting_since, id limit 1")
              .param(event.id())
              .query(RegistrationRecords::row)
              .optional();
      if (next.isEmpty()) {
        return;
      }
      setStatus(next.get().id(), RegistrationStatus.CONFIRMED, null);
      letters.add(
          letter(
              event,
              next.get().accountId(),
              next.get().language(),
              EventMailDue.Kind.PROMOTED,
              ""));
    }
  }

  EventMailDue.Letter letter(
      Event event, long accountId, String language, EventMailDue.Kind kind, String text) {
    String method =
        switch (kind) {
          case CONFIRMED, PROMOTED, REMINDER_DAY, REMINDER_HOUR -> "REQUEST";
          case CANCELLED -> "CANCEL";
          default -> null;
        };
    return new EventMailDue.Letter(
        accountId,
        language,
        kind,
        event.title(language),
        "/events/" + event.slug(),
        event.startsAt(),
        event.zone().getId(),
        text == null ? "" : text,
        method == null ? null : files.invitation(event, language, method),
        method);
  }

  private boolean hasRoom(Event event) {
    return event.capacity() == null
        || records.count(event.id(), RegistrationStatus.CONFIRMED) < event.capacity();
  }

  private void setStatus(long registrationId, RegistrationStatus status, Instant waitingSince) {
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql(
            "update event_registration set status = ?, waiting_since = ?, status_changed_at = ?,"
                + " version = version + 1 where id = ?")
        .params(
            status.name(),
            waitingSince == null ? null : Timestamp.from(waitingSince),
            now,
            registrationId)
        .update();
  }

  /** The event, its row locked until the transaction ends: one change of its line at a time. */
  Event locked(long eventId) {
    jdbc.sql("select id from event_item where id = ? for update")
        .param(eventId)
        .query(Long.class)
        .optional()
        .orElseThrow(NotFoundException::new);
    return events.findById(eventId).orElseThrow(NotFoundException::new);
  }

  static String adminPath(long eventId) {
    return "/admin/events/" + eventId + "/registrants?status=PENDING";
  }
}
