package org.safeports.events;

import java.sql.Timestamp;
import java.time.Clock;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.security.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own agenda: marking a session of an event they may see, or unmarking it. A break, or a
 * session of another event, is not found.
 */
@Service
class EventAgendaMarks {

  private final EventAgendaReading reading;
  private final JdbcClient jdbc;
  private final Clock clock;

  EventAgendaMarks(EventAgendaReading reading, JdbcClient jdbc, Clock clock) {
    this.reading = reading;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Marks the session when it was not, unmarks it when it was; answers whether it is now. */
  @Transactional
  boolean toggle(String slug, long sessionId, Viewer viewer, long accountId) {
    Event event = reading.visible(slug, viewer);
    long found =
        jdbc.sql(
                "select count(*) from event_session where id = :id and event_id = :event"
                    + " and kind = 'SESSION'")
            .param("id", sessionId)
            .param("event", event.id())
            .query(Long.class)
            .single();
    if (found == 0) {
      throw new NotFoundException();
    }
    int removed =
        jdbc.sql("delete from event_agenda_mark where account_id = :account and session_id = :id")
            .param("account", accountId)
            .param("id", sessionId)
            .update();
    if (removed > 0) {
      return false;
    }
    jdbc.sql(
            "insert into event_agenda_mark (account_id, session_id, marked_at)"
                + " values (:account, :id, :at) on conflict do nothing")
        .param("account", accountId)
        .param("id", sessionId)
        .param("at", Timestamp.from(clock.instant()))
        .update();
    return true;
  }
}
