package org.safeports.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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

/**
 * The editors' sessions and breaks: each on a day within the event's dates, its times in the
 * event's zone, the end after the start, and its talks inside it. A session of another event is not
 * found. Two editors saving the same session: the second is told, nothing is overwritten.
 */
@Service
class AgendaSessions {

  /** A session as stored, times as instants. */
  record Row(
      long id,
      Instant startsAt,
      Instant endsAt,
      SessionKind kind,
      String room,
      String link,
      long version) {}

  private final EventRepository events;
  private final JdbcClient jdbc;
  private final AgendaTexts texts;
  private final AuditLog audit;
  private final ApplicationEventPublisher publisher;

  AgendaSessions(
      EventRepository events,
      JdbcClient jdbc,
      AgendaTexts texts,
      AuditLog audit,
      ApplicationEventPublisher publisher) {
    this.events = events;
    this.jdbc = jdbc;
    this.texts = texts;
    this.audit = audit;
    this.publisher = publisher;
  }

  /** The event, or not found. */
  Event event(long eventId) {
    return events.findById(eventId).orElseThrow(NotFoundException::new);
  }

  /** The event's session with this id; another event's session is not found. */
  Row row(long eventId, long sessionId) {
    return find(eventId, sessionId).orElseThrow(NotFoundException::new);
  }

  @Transactional(readOnly = true)
  SessionForm form(long eventId, long sessionId) {
    Event event = event(eventId);
    Row row = row(eventId, sessionId);
    ZoneId zone = event.zone();
    SessionForm form = new SessionForm();
    LocalDateTime start = LocalDateTime.ofInstant(row.startsAt(), zone);
    form.setDay(start.toLocalDate());
    form.setStart(start.toLocalTime());
    form.setEnd(LocalDateTime.ofInstant(row.endsAt(), zone).toLocalTime());
    form.setKind(row.kind());
    form.setRoom(row.room());
    form.setLink(row.link());
    form.setVersion(row.version());
    AgendaTexts.Text text = texts.of(AgendaPart.SESSION, sessionId).get(event.originalLanguage());
    if (text != null) {
      form.setTitle(text.title());
      form.setDescription(text.body());
    }
    return form;
  }

  /** A fresh form: the event's first day, an hour from the event's start. */
  @Transactional(readOnly = true)
  SessionForm fresh(long eventId) {
    Event event = event(eventId);
    LocalDateTime start = LocalDateTime.ofInstant(event.startsAt(), event.zone());
    SessionForm form = new SessionForm();
    form.setDay(start.toLocalDate());
    form.setStart(start.toLocalTime());
    form.setEnd(start.toLocalTime().plusHours(1));
    return form;
  }

  @Transactional
  long add(long eventId, SessionForm form) {
    Event event = event(eventId);
    Instant[] times = times(event, form);
    long id =
        jdbc.sql(
                "insert into event_session (event_id, starts_at, ends_at, kind, room, link)"
                    + " values (:event, :starts, :ends, :kind, :room, :link) returning id")
            .param("event", eventId)
            .param("starts", Timestamp.from(times[0]))
            .param("ends", Timestamp.from(times[1]))
            .param("kind", form.getKind().name())
            .param("room", trimmed(form.getRoom()))
            .param("link", trimmed(form.getLink()))
            .query(Long.class)
            .single();
    saveText(event, id, form);
    audit.record(
        AuditEntry.of(AuditAction.EVENT_SESSION_ADDED, id)
            .change(null, state(row(eventId, id), form.getTitle()))
            .detail(Map.of("event", eventId)));
    publisher.publishEvent(new EventsChanged(eventId));
    return id;
  }

  @Transactional
  void change(long eventId, long sessionId, SessionForm form) {
    Event event = event(eventId);
    Row before = row(eventId, sessionId);
    AgendaTexts.Text oldText =
        texts.of(AgendaPart.SESSION, sessionId).get(event.originalLanguage());
    Instant[] times = times(event, form);
    talksStillFit(sessionId, form, times);
    int updated =
        jdbc.sql(
                "update event_session set starts_at = :starts, ends_at = :ends, kind = :kind,"
                    + " room = :room, link = :link, version = version + 1"
                    + " where id = :id and event_id = :event and version = :version")
            .param("starts", Timestamp.from(times[0]))
            .param("ends", Timestamp.from(times[1]))
            .param("kind", form.getKind().name())
            .param("room", trimmed(form.getRoom()))
            .param("link", trimmed(form.getLink()))
            .param("id", sessionId)
            .param("event", eventId)
            .param("version", form.getVersion())
            .update();
    if (updated == 0) {
      throw new EventRefused(null, "events.agenda.admin.changedMeanwhile");
    }
    saveText(event, sessionId, form);
    audit.record(
        AuditEntry.of(AuditAction.EVENT_SESSION_CHANGED, sessionId)
            .change(
                state(before, oldText == null ? "" : oldText.title()),
                state(row(eventId, sessionId), form.getTitle()))
            .detail(Map.of("event", eventId)));
    publisher.publishEvent(new EventsChanged(eventId));
  }

  @Transactional
  void delete(long eventId, long sessionId) {
    Event event = event(eventId);
    Row before = row(eventId, sessionId);
    AgendaTexts.Text text = texts.of(AgendaPart.SESSION, sessionId).get(event.originalLanguage());
    jdbc.sql("delete from event_session where id = :id and event_id = :event")
        .param("id", sessionId)
        .param("event", eventId)
        .update();
    audit.record(
        AuditEntry.of(AuditAction.EVENT_SESSION_DELETED, sessionId)
            .change(state(before, text == null ? "" : text.title()), null)
            .detail(Map.of("event", eventId)));
    publisher.publishEvent(new EventsChanged(eventId));
  }

  /** The session's start and end; refused next to the field that is wrong. */
  private static Instant[] times(Event event, SessionForm form) {
    ZoneId zone = event.zone();
    LocalDate first = LocalDate.ofInstant(event.startsAt(), zone);
    LocalDate last = LocalDate.ofInstant(event.endsAt(), zone);
    if (form.getDay().isBefore(first) || form.getDay().isAfter(last)) {
      throw new EventRefused("day", "events.agenda.admin.dayOutside");
    }
    if (!form.getEnd().isAfter(form.getStart())) {
      throw new EventRefused("end", "events.agenda.admin.endBeforeStart");
    }
    return new Instant[] {
      form.getDay().atTime(form.getStart()).atZone(zone).toInstant(),
      form.getDay().atTime(form.getEnd()).atZone(zone).toInstant()
    };
  }

  /** A session that moves or shrinks keeps its talks inside; a break has none. */
  private void talksStillFit(long sessionId, SessionForm form, Instant[] times) {
    long talks =
        jdbc.sql("select count(*) from event_talk where session_id = :id")
            .param("id", sessionId)
            .query(Long.class)
            .single();
    if (talks > 0 && form.getKind() == SessionKind.BREAK) {
      throw new EventRefused("kind", "events.agenda.admin.breakWithTalks");
    }
    long outside =
        jdbc.sql(
                "select count(*) from event_talk where session_id = :id and starts_at is not null"
                    + " and (starts_at < :starts or ends_at > :ends)")
            .param("id", sessionId)
            .param("starts", Timestamp.from(times[0]))
            .param("ends", Timestamp.from(times[1]))
            .query(Long.class)
            .single();
    if (outside > 0) {
      throw new EventRefused("start", "events.agenda.admin.talksOutside");
    }
  }

  private void saveText(Event event, long sessionId, SessionForm form) {
    String original = event.originalLanguage();
    texts.save(
        AgendaPart.SESSION,
        sessionId,
        original,
        original,
        new AgendaTexts.Text(form.getTitle(), form.getDescription(), false));
  }

  private Optional<Row> find(long eventId, long sessionId) {
    return jdbc.sql(
            "select id, starts_at, ends_at, kind, room, link, version from event_session"
                + " where id = :id and event_id = :event")
        .param("id", sessionId)
        .param("event", eventId)
        .query(
            (rs, n) ->
                new Row(
                    rs.getLong("id"),
                    rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
                    SessionKind.valueOf(rs.getString("kind")),
                    rs.getString("room"),
                    rs.getString("link"),
                    rs.getLong("version")))
        .optional();
  }

  private static Map<String, Object> state(Row row, String title) {
    return AuditEntry.fields(
        "title",
        title,
        "startsAt",
        row.startsAt(),
        "endsAt",
        row.endsAt(),
        "kind",
        row.kind().name(),
        "room",
        row.room(),
        "link",
        row.link());
  }

  static String trimmed(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
