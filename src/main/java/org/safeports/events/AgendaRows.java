package org.safeports.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The agenda's rows as SQL reads them. Each text is in the reader's language, else the event's
 * original language, else empty.
 */
@Component
class AgendaRows {

  /** A session's row. */
  record SessionRow(
      long id,
      Instant startsAt,
      Instant endsAt,
      boolean isBreak,
      String room,
      String link,
      String title,
      String description) {}

  /** A speaker's photo, with the event it belongs to (whose visibility decides). */
  record Photo(long eventId, String contentType, byte[] bytes) {}

  private final JdbcClient jdbc;

  AgendaRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<SessionRow> sessions(long eventId, String language, String original) {
    return jdbc.sql(
            """
            select s.id, s.starts_at, s.ends_at, s.kind, s.room, s.link,
                   coalesce(t.title, o.title, '') as title,
                   coalesce(t.description, o.description, '') as description
            from event_session s
            left join event_session_text t on t.session_id = s.id and t.language = :lang
            left join event_session_text o on o.session_id = s.id and o.language = :orig
            where s.event_id = :event
            order by s.starts_at, s.id
            """)
        .param("event", eventId)
        .param("lang", language)
        .param("orig", original)
        .query(
            (rs, n) ->
                new SessionRow(
                    rs.getLong("id"),
                    rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
                    "BREAK".equals(rs.getString("kind")),
                    rs.getString("room"),
                    rs.getString("link"),
                    rs.getString("title"),
                    rs.getString("description")))
        .list();
  }

  /** The talks of the event's sessions, by session, in their order, with their speakers. */
  Map<Long, List<Agenda.Talk>> talks(
      long eventId, String language, String original, DateTimeFormatter time) {
    Map<Long, List<Agenda.Person>> speakers = new LinkedHashMap<>();
    jdbc.sql(
            """
            select ts.talk_id, sp.id, sp.name from event_talk_speaker ts
            join event_speaker sp on sp.id = ts.speaker_id
            where sp.event_id = :event order by sp.name, sp.id
            """)
        .param("event", eventId)
        .query(
            rs -> {
              speakers
                  .computeIfAbsent(rs.getLong("talk_id"), k -> new ArrayList<>())
                  .add(new Agenda.Person(rs.getLong("id"), rs.getString("name")));
            });
    Map<Long, List<Agenda.Talk>> bySession = new LinkedHashMap<>();
    jdbc.sql(
            """
            select k.id, k.session_id, k.starts_at, k.ends_at,
                   coalesce(t.title, o.title, '') as title,
                   coalesce(t.abstract, o.abstract, '') as summary
            from event_talk k
            join event_session s on s.id = k.session_id
            left join event_talk_text t on t.talk_id = k.id and t.language = :lang
            left join event_talk_text o on o.talk_id = k.id and o.language = :orig
            where s.event_id = :event
            order by k.session_id, k.position, k.starts_at nulls last, k.id
            """)
        .param("event", eventId)
        .param("lang", language)
        .param("orig", original)
        .query(
            rs -> {
              OffsetDateTime start = rs.getObject("starts_at", OffsetDateTime.class);
              OffsetDateTime end = rs.getObject("ends_at", OffsetDateTime.class);
              long id = rs.getLong("id");
              bySession
                  .computeIfAbsent(rs.getLong("session_id"), k -> new ArrayList<>())
                  .add(
                      new Agenda.Talk(
                          id,
                          rs.getString("title"),
                          rs.getString("summary"),
                          start == null ? "" : time.format(start.toInstant()),
                          end == null ? "" : time.format(end.toInstant()),
                          speakers.getOrDefault(id, List.of())));
            });
    return bySession;
  }

  Set<Long> marked(long eventId, long accountId) {
    return new HashSet<>(
        jdbc.sql(
                """
                select m.session_id from event_agenda_mark m
                join event_session s on s.id = m.session_id
                where s.event_id = :event and m.account_id = :account
                """)
            .param("event", eventId)
            .param("account", accountId)
            .query(Long.class)
            .list());
  }

  List<SpeakerCard> speakers(long eventId, String language, String original) {
    Map<Long, List<String>> talks = new LinkedHashMap<>();
    jdbc.sql(
            """
            select ts.speaker_id, coalesce(t.title, o.title, '') as title
            from event_talk_speaker ts
            join event_talk k on k.id = ts.talk_id
            join event_session s on s.id = k.session_id
            left join event_talk_text t on t.talk_id = k.id and t.language = :lang
            left join event_talk_text o on o.talk_id = k.id and o.language = :orig
            where s.event_id = :event order by s.starts_at, k.position, k.id
            """)
        .param("event", eventId)
        .param("lang", language)
        .param("orig", original)
        .query(
            rs -> {
              talks
                  .computeIfAbsent(rs.getLong("speaker_id"), k -> new ArrayList<>())
                  .add(rs.getString("title"));
            });
    return jdbc.sql(
            """
            select sp.id, sp.name, sp.organisation, sp.country, sp.photo is not null as has_photo,
                   coalesce(t.bio, o.bio, '') as bio
            from event_speaker sp
            left join event_speaker_text t on t.speaker_id = sp.id and t.language = :lang
            left join event_speaker_text o on o.speaker_id = sp.id and o.language = :orig
            where sp.event_id = :event order by sp.name, sp.id
            """)
        .param("event", eventId)
        .param("lang", language)
        .param("orig", original)
        .query(
            (rs, n) ->
                new SpeakerCard(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getString("organisation"),
                    rs.getString("country"),
                    rs.getString("bio"),
                    rs.getBoolean("has_photo"),
                    talks.getOrDefault(rs.getLong("id"), List.of())))
        .list();
  }

  Optional<Photo> photo(long speakerId) {
    return jdbc.sql(
            "select event_id, photo_type, photo from event_speaker"
                + " where id = :id and photo is not null")
        .param("id", speakerId)
        .query(
            (rs, n) ->
                new Photo(rs.getLong("event_id"), rs.getString("photo_type"), rs.getBytes("photo")))
        .optional();
  }
}
