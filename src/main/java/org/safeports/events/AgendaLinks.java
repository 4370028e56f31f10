package org.safeports.events;

import org.springframework.stereotype.Component;

/**
 * For the agenda links fragment ({@code events/agenda-parts :: link(event)}): the address of the
 * event it is given, whether the page holds the event itself or only its address.
 */
@Component("agendaLinks")
public class AgendaLinks {

  /** The event's slug: of an event, or the text itself. */
  public String slugOf(Object event) {
    if (event instanceof Event e) {
      return e.slug();
    }
    return event == null ? "" : event.toString();
  }
}
