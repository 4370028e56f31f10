package org.safeports.events;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For the agenda links fragment ({@code events/agenda-parts :: link(event)}): the address of the
 * event it is given, whether the page holds the event itself or only its address.
 */
@Component("agendaLinks")
public class AgendaLinks {

  private final JdbcClient jdbc;

  AgendaLinks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether the event has any session yet: the page links to an agenda only when it has one. */
  public boolean hasAgenda(long eventId) {
    return jdbc.sql("select exists (select 1 from event_session where event_id = ?)")
        .param(eventId)
        .query(Boolean.class)
        .single();
  }

  /** The event's slug: of an event, or the text itself. */
  public String slugOf(Object event) {
    if (event instanceof Event e) {
      return e.slug();
    }
    return event == null ? "" : event.toString();
  }
}
