package org.safeports.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The talks of a session: in a session, not a break; with no times or both, inside the session;
 * given by speakers of the same event. A talk of another event is not found.
 */
@Service
class AgendaTalks {

  /** A talk as stored, with the session it belongs to. */
  record Row(long id, long sessionId, Instant startsAt, Instant endsAt, long version) {}

  private final AgendaSessions sessions;
  private final JdbcClient jdbc;
  private final AgendaTexts texts;
  private final AuditLog audit;
  private final ApplicationEventPublisher publisher;

  AgendaTalks(
      AgendaSessions sessions,
      JdbcClient jdbc,
      AgendaTexts texts,
      AuditLog audit,
      ApplicationEventPublisher publisher) {
    this.sessions = sessions;
    this.jdbc = jdbc;
    this.texts = texts;
    this.audit = audit;
    this.publisher = publisher;
  }

  /** The event's talk with this id; another event's talk is not found. */
  Row row(long eventId, long talkId) {
    return find(eventId, talkId).orElseThrow(NotFoundException::new);
  }

  @Transactional(readOnly = true)
  TalkForm form(long eventId, long talkId) {
    Event event = sessions.event(eventId);
    Row row = row(eventId, talkId);
    ZoneId zone = event.zone();
    TalkForm form = new TalkForm();
    form.setStart(row.startsAt() == null ? null : row.startsAt().atZone(zone).toLocalTime());
    form.setEnd(row.endsAt() == null ? null : row.endsAt().atZone(zone).toLocalTime());
    form.setSpeakers(speakersOf(talkId));
    form.setVersion(row.version());
    AgendaTexts.Text text = texts.of(AgendaPart.TALK, talkId).get(event.originalLanguage());
    if (text != null) {
      form.setTitle(text.title());
      form.setSummary(text.body());
    }
    return form;
  }

  @Transactional
  long add(long eventId, long sessionId, TalkForm form) {
    Event event = sessions.event(eventId);
    AgendaSessions.Row session = sessions.row(eventId, sessionId);
    if (session.kind() == SessionKind.BREAK) {
      throw new EventRefused(null, "events.agenda.admin.noTalksInBreak");
    }
    Instant[] times = times(event, session, form);
    List<Long> speakers = speakers(eventId, form);
    long id =
        jdbc.sql(
                "insert into event_talk (session_id, position, starts_at, ends_at)"
                    + " values (:session, (select coalesce(max(position) + 1, 0) from event_talk"
                    + " where session_id = :session), :starts, :ends) returning id")
            .param("session", sessionId)
            .param("starts", times[0] == null ? null : Timestamp.from(times[0]))
            .param("ends", times[1] == null ? null : Timestamp.from(times[1]))
            .query(Long.class)
            .single();
    saveSpeakers(id, speakers);
    saveText(event, id, form);
    audit.record(
        AuditEntry.of(AuditAction.EVENT_TALK_ADDED, id)
            .change(null, state(row(eventId, id), form.getTitle(), speakers))
            .detail(Map.of("event", eventId, "session", sessionId)));
    publisher.publishEvent(new EventsChanged(eventId));
    return id;
  }

  @Transactional
  void change(long eventId, long talkId, TalkForm form) {
    Event event = sessions.event(eventId);
    Row before = row(eventId, talkId);
    AgendaSessions.Row session = sessions.row(eventId, before.sessionId());
    AgendaTexts.Text oldText = texts.of(AgendaPart.TALK, talkId).get(event.originalLanguage());
    List<Long> oldSpeakers = speakersOf(talkId);
    Instant[] times = times(event, session, form);
    List<Long> speakers = speakers(eventId, form);
    int updated =
        jdbc.sql(
                "update event_talk set starts_at = :starts, ends_at = :ends,"
                    + " version = version + 1 where id = :id and version = :version")
            .param("starts", times[0] == null ? null : Timestamp.from(times[0]))
            .param("ends", times[1] == null ? null : Timestamp.from(times[1]))
            .param("id", talkId)
            .param("version", form.getVersion())
            .update();
    if (updated == 0) {
      throw new EventRefused(null, "events.agenda.admin.changedMeanwhile");
    }
    jdbc.sql("delete from event_talk_speaker where talk_id = :id").param("id", talkId).update();
    saveSpeakers(talkId, speakers);
    saveText(event, talkId, form);
    audit.record(
        AuditEntry.of(AuditAction.EVENT_TALK_CHANGED, talkId)
            .change(
                state(before, oldText == null ? "" : oldText.title(), oldSpeakers),
                state(row(eventId, talkId), form.getTitle(), speakers))
            .detail(Map.of("event", eventId, "session", before.sessionId())));
    publisher.publishEvent(new EventsChanged(eventId));
  }

  @Transactional
  void delete(long eventId, long talkId) {
    Event event = sessions.event(eventId);
    Row before = row(eventId, talkId);
    AgendaTexts.Text text = texts.of(AgendaPart.TALK, talkId).get(event.originalLanguage());
    List<Long> speakers = speakersOf(talkId);
    jdbc.sql("delete from event_talk where id = :id").param("id", talkId).update();
    audit.record(
        AuditEntry.of(AuditAction.EVENT_TALK_DELETED, talkId)
            .change(state(before, text == null ? "" : text.title(), speakers), null)
            .detail(Map.of("event", eventId, "session", before.sessionId())));
    publisher.publishEvent(new EventsChanged(eventId));
  }

  /** The talk's times on its session's day, or none; refused next to the field that is wrong. */
  private static Instant[] times(Event event, AgendaSessions.Row session, TalkForm form) {
    if (form.getStart() == null && form.getEnd() == null) {
      return new Instant[2];
    }
    if (form.getStart() == null) {
      throw new EventRefused("start", "events.agenda.admin.talkBothTimes");
    }
    if (form.getEnd() == null) {
      throw new EventRefused("end", "events.agenda.admin.talkBothTimes");
    }
    if (!form.getEnd().isAfter(form.getStart())) {
      throw new EventRefused("end", "events.agenda.admin.endBeforeStart");
    }
    ZoneId zone = event.zone();
    LocalDate day = LocalDate.ofInstant(session.startsAt(), zone);
    Instant starts = day.atTime(form.getStart()).atZone(zone).toInstant();
    Instant ends = day.atTime(form.getEnd()).atZone(zone).toInstant();
    if (starts.isBefore(session.startsAt())) {
      throw new EventRefused("start", "events.agenda.admin.talkOutside");
    }
    if (ends.isAfter(session.endsAt())) {
      throw new EventRefused("end", "events.agenda.admin.talkOutside");
    }
    return new Instant[] {starts, ends};
  }

  /** The speakers chosen, each one of the event's own; any other is refused. */
  private List<Long> speakers(long eventId, TalkForm form) {
    Set<Long> chosen = new LinkedHashSet<>(form.getSpeakers());
    chosen.remove(null);
    if (chosen.isEmpty()) {
      return List.of();
    }
    long own =
        jdbc.sql("select count(*) from event_speaker where event_id = :event and id in (:ids)")
            .param("event", eventId)
            .param("ids", chosen)
            .query(Long.class)
            .single();
    if (own != chosen.size()) {
      throw new EventRefused("speakers", "events.agenda.admin.speakerUnknown");
    }
    return List.copyOf(chosen);
  }

  private void saveSpeakers(long talkId, List<Long> speakers) {
    for (Long speaker : speakers) {
      jdbc.sql("insert into event_talk_speaker (talk_id, speaker_id) values (:talk, :speaker)")
          .param("talk", talkId)
          .param("speaker", speaker)
          .update();
    }
  }

  private List<Long> speakersOf(long talkId) {
    return jdbc.sql(
            "select speaker_id from event_talk_speaker where talk_id = :id order by speaker_id")
        .param("id", talkId)
        .query(Long.class)
        .list();
  }

  private void saveText(Event event, long talkId, TalkForm form) {
    String original = event.originalLanguage();
    texts.save(
        AgendaPart.TALK,
        talkId,
        original,
        original,
        new AgendaTexts.Text(form.getTitle(), form.getSummary(), false));
  }

  private Optional<Row> find(long eventId, long talkId) {
    return jdbc.sql(
            "select k.id, k.session_id, k.starts_at, k.ends_at, k.version from event_talk k"
                + " join event_session s on s.id = k.session_id"
                + " where k.id = :id and s.event_id = :event")
        .param("id", talkId)
        .param("event", eventId)
        .query(
            (rs, n) -> {
              OffsetDateTime starts = rs.getObject("starts_at", OffsetDateTime.class);
              OffsetDateTime ends = rs.getObject("ends_at", OffsetDateTime.class);
              return new Row(
                  rs.getLong("id"),
                  rs.getLong("session_id"),
                  starts == null ? null : starts.toInstant(),
                  ends == null ? null : ends.toInstant(),
                  rs.getLong("version"));
            })
        .optional();
  }

  private static Map<String, Object> state(Row row, String title, List<Long> speakers) {
    return AuditEntry.fields(
        "title",
        title,
        "startsAt",
        row.startsAt(),
        "endsAt",
        row.endsAt(),
        "speakers",
        speakers.toString());
  }
}
