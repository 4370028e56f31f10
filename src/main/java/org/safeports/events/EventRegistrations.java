package org.safeports.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registrations: a person takes a place, waits in line, or waits for the secretariat's approval;
 * cancelling a place gives it to the first in line. Every change to an event's registrations first
 * locks the event's row, so that two registrations at once are counted one after the other and the
 * confirmed never exceed the capacity.
 */
@Service
class EventRegistrations implements ParticipantCheck {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** One registration as the screens show it. */
  record Registration(
      long id,
      long eventId,
      long accountId,
      RegistrationStatus status,
      String language,
      boolean listed,
      Boolean attended,
      Instant registeredAt,
      Instant waitingSince,
      Map<String, String> answers) {}

  /** What came of a request: the new status, or the message key of why nothing changed. */
  record Outcome(RegistrationStatus status, String refusal) {
    static Outcome refused(String code) {
      return new Outcome(null, code);
    }
  }

  private final JdbcClient jdbc;
  private final EventRepository events;
  private final EventCalendarFiles files;
  private final ApplicationEventPublisher publisher;
  private final AuditLog audit;
  private final Clock clock;

  EventRegistrations(
      JdbcClient jdbc,
      EventRepository events,
      EventCalendarFiles files,
      ApplicationEventPublisher publisher,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.files = files;
    this.publisher = publisher;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean confirmed(long eventId, long accountId) {
    return of(eventId, accountId)
        .map(r -> r.status() == RegistrationStatus.CONFIRMED)
        .orElse(false);
  }

  @Transactional(readOnly = true)
  Optional<Registration> of(long eventId, long accountId) {
    return jdbc.sql(SELECT + " where event_id = ? and account_id = ?")
        .params(eventId, accountId)
        .query(EventRegistrations::row)
        .optional();
  }

  @Transactional(readOnly = true)
  Optional<Registration> byId(long eventId, long registrationId) {
    return jdbc.sql(SELECT + " where event_id = ? and id = ?")
        .params(eventId, registrationId)
        .query(EventRegistrations::row)
        .optional();
  }

  /** An event's registrations, in the order they came, of one status or all (status null). */
  @Transactional(readOnly = true)
  List<Registration> ofEvent(long eventId, RegistrationStatus status) {
    return jdbc.sql(
            SELECT
                + " where event_id = ? and (cast(? as varchar) is null or status = ?)"
                + " order by registered_at, id")
        .params(
            eventId, status == null ? null : status.name(), status == null ? null : status.name())
        .query(EventRegistrations::row)
        .list();
  }

  /** A person's registrations that still stand, soonest event first. */
  @Transactional(readOnly = true)
  List<Registration> ofAccount(long accountId) {
    return jdbc.sql(
            "select r.id, r.event_id, r.account_id, r.status, r.language, r.listed, r.attended,"
                + " r.registered_at, r.waiting_since, r.answers::text as answers"
                + " from event_registration r join event_item e on e.id = r.event_id"
                + " where r.account_id = ? and r.status in ('PENDING', 'WAITING', 'CONFIRMED')"
                + " order by e.starts_at, r.id")
        .param(accountId)
        .query(EventRegistrations::row)
        .list();
  }

  /** How many hold a place. */
  @Transactional(readOnly = true)
  long confirmedCount(long eventId) {
    return count(eventId, RegistrationStatus.CONFIRMED);
  }

  /** Position in the waiting line (1 = next), or 0 when not waiting. */
  @Transactional(readOnly = true)
  long placeInLine(Registration registration) {
    if (registration.status() != RegistrationStatus.WAITING) {
      return 0;
    }
    return jdbc.sql(
            "select count(*) from event_registration where event_id = ? and status = 'WAITING'"
                + " and (waiting_since, id) <= (?, ?)")
        .params(
            registration.eventId(), Timestamp.from(registration.waitingSince()), registration.id())
        .query(Long.class)
        .single();
  }

  /**
   * Registers a person (again, after a cancellation): a place if one is free, else the waiting
   * line; for an event with approval, the secretariat's queue. Refused when registration is not
   * open, when the person is already registered or was refused, or when the answers are not valid.
   */
  @Transactional
  Outcome register(
      long eventId, long accountId, String language, Map<String, String> answers, boolean listed) {
    Event event = locked(eventId);
    Instant now = clock.instant();
    if (!event.registrationOpen(now)) {
      return Outcome.refused("events.register.closed");
    }
    Optional<Registration> before = of(eventId, accountId);
    if (before.isPresent() && before.get().status().active()) {
      return Outcome.refused("events.register.already");
    }
    if (before.isPresent() && before.get().status() == RegistrationStatus.REFUSED) {
      return Outcome.refused("events.register.refusedBefore");
    }
    RegistrationStatus status;
    if (event.registrationMode() == RegistrationMode.APPROVAL) {
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
    Optional<Registration> found = of(eventId, accountId).filter(r -> r.status().active());
    if (found.isEmpty()) {
      return Outcome.refused("events.register.notRegistered");
    }
    if (event.past(clock.instant())) {
      return Outcome.refused("events.register.over");
    }
    Registration registration = found.get();
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
    Optional<Registration> found =
        byId(eventId, registrationId).filter(r -> r.status() == RegistrationStatus.PENDING);
    if (found.isEmpty()) {
      return Outcome.refused("events.registrants.notPending");
    }
    Registration registration = found.get();
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
    Optional<Registration> found = byId(eventId, registrationId).filter(r -> r.status().active());
    if (found.isEmpty()) {
      return Outcome.refused("events.registrants.notActive");
    }
    Registration registration = found.get();
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

  /** Marks who came (after the event): those named attended, the other confirmed did not. */
  @Transactional
  Outcome attendance(long eventId, List<Long> attended) {
    Event event = locked(eventId);
    if (!event.startsAt().isBefore(clock.instant())) {
      return Outcome.refused("events.registrants.notYet");
    }
    jdbc.sql(
            "update event_registration set attended = (id = any(?)) where event_id = ? and"
                + " status = 'CONFIRMED'")
        .params(attended.toArray(Long[]::new), eventId)
        .update();
    audit.record(
        AuditEntry.of(AuditAction.EVENT_ATTENDANCE_MARKED, eventId)
            .detail(AuditEntry.fields("attended", attended.size())));
    return new Outcome(RegistrationStatus.CONFIRMED, null);
  }

  /** A message from the secretariat to the registrants of one status (all active when null). */
  @Transactional
  int message(long eventId, RegistrationStatus status, String text) {
    Event event = events.findById(eventId).orElseThrow(NotFoundException::new);
    List<EventMailDue.Letter> letters = new ArrayList<>();
    for (Registration r : ofEvent(eventId, status)) {
      if (r.status().active()) {
        letters.add(letter(event, r.accountId(), r.language(), EventMailDue.Kind.MESSAGE, text));
      }
    }
    audit.record(
        AuditEntry.of(AuditAction.EVENT_REGISTRANTS_MESSAGED, eventId)
            .detail(AuditEntry.fields("group", status, "recipients", letters.size())));
    publisher.publishEvent(new EventMailDue(letters));
    return letters.size();
  }

  /** Gives the free places to the first in line, oldest wait first, each told by mail. */
  private void promote(Event event, List<EventMailDue.Letter> letters) {
    while (hasRoom(event)) {
      Optional<Registration> next =
          jdbc.sql(
                  SELECT
                      + " where event_id = ? and status = 'WAITING'"
                      + " order by waiting_since, id limit 1")
              .param(event.id())
              .query(EventRegistrations::row)
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
        || count(event.id(), RegistrationStatus.CONFIRMED) < event.capacity();
  }

  private long count(long eventId, RegistrationStatus status) {
    return jdbc.sql("select count(*) from event_registration where event_id = ? and status = ?")
        .params(eventId, status.name())
        .query(Long.class)
        .single();
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
  private Event locked(long eventId) {
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

  private static final String SELECT =
      "select id, event_id, account_id, status, language, listed, attended, registered_at,"
          + " waiting_since, answers::text as answers from event_registration";

  private static Registration row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    Timestamp waiting = rs.getTimestamp("waiting_since");
    Object attended = rs.getObject("attended");
    Map<String, String> answers =
        JSON.readValue(
            rs.getString("answers"), new TypeReference<LinkedHashMap<String, String>>() {});
    return new Registration(
        rs.getLong("id"),
        rs.getLong("event_id"),
        rs.getLong("account_id"),
        RegistrationStatus.valueOf(rs.getString("status")),
        rs.getString("language"),
        rs.getBoolean("listed"),
        attended == null ? null : (Boolean) attended,
        rs.getTimestamp("registered_at").toInstant(),
        waiting == null ? null : waiting.toInstant(),
        answers);
  }
}
