package org.safeports.events;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Agendas made for a test: sessions, talks and speakers written straight into their tables. */
@Component
public class TestAgendas {

  private final JdbcClient jdbc;

  TestAgendas(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A session (or a break) with an English title; its id. */
  public long session(
      long eventId, Instant startsAt, int minutes, String title, String room, String link) {
    long id =
        jdbc.sql(
                "insert into event_session (event_id, starts_at, ends_at, kind, room, link)"
                    + " values (:e, :s, :t, :k, :r, :l) returning id")
            .param("e", eventId)
            .param("s", Timestamp.from(startsAt))
            .param("t", Timestamp.from(startsAt.plusSeconds(60L * minutes)))
            .param("k", title.startsWith("Break") ? "BREAK" : "SESSION")
            .param("r", room)
            .param("l", link)
            .query(Long.class)
            .single();
    jdbc.sql("insert into event_session_text (session_id, language, title) values (:id, 'en', :t)")
        .param("id", id)
        .param("t", title)
        .update();
    return id;
  }

  /** A speaker with an English bio; their id. */
  public long speaker(long eventId, String name, String organisation, String bio) {
    long id =
        jdbc.sql(
                "insert into event_speaker (event_id, name, organisation) values (:e, :n, :o)"
                    + " returning id")
            .param("e", eventId)
            .param("n", name)
            .param("o", organisation)
            .query(Long.class)
            .single();
    jdbc.sql("insert into event_speaker_text (speaker_id, language, bio) values (:id, 'en', :b)")
        .param("id", id)
        .param("b", bio)
        .update();
    return id;
  }

  /** A talk in a session, given by a speaker; its id. */
  public long talk(long sessionId, String title, long speakerId) {
    long id =
        jdbc.sql("insert into event_talk (session_id, position) values (:s, 0) returning id")
            .param("s", sessionId)
            .query(Long.class)
            .single();
    jdbc.sql("insert into event_talk_text (talk_id, language, title) values (:id, 'en', :t)")
        .param("id", id)
        .param("t", title)
        .update();
    jdbc.sql("insert into event_talk_speaker (talk_id, speaker_id) values (:t, :s)")
        .param("t", id)
        .param("s", speakerId)
        .update();
    return id;
  }

  /** Gives the speaker a photo, as stored after the image rules. */
  public void photo(long speakerId, byte[] png) {
    jdbc.sql("update event_speaker set photo = :p, photo_type = 'image/png' where id = :id")
        .param("p", png)
        .param("id", speakerId)
        .update();
  }
}
