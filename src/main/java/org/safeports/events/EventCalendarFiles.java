package org.safeports.events;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import org.springframework.stereotype.Component;

/**
 * An event as an iCalendar file (RFC 5545) for a mail: one VEVENT in the event's own zone, with
 * that zone's VTIMEZONE, as an invitation (METHOD REQUEST) or its withdrawal (METHOD CANCEL).
 */
@Component
class EventCalendarFiles {

  private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

  byte[] invitation(Event event, String language, String method) {
    TimeZone zone = zones.getTimeZone(event.zone().getId());
    ZonedDateTime start = event.startsAt().atZone(event.zone());
    ZonedDateTime end = event.endsAt().atZone(event.zone());
    VEvent vevent = new VEvent(start, end, event.title(language));
    vevent.add(new Uid("event-" + event.id() + "@safeports"));
    vevent.add(new Sequence((int) Math.min(Integer.MAX_VALUE, event.version())));
    if ("CANCEL".equals(method)) {
      vevent.add(new Status("CANCELLED"));
    }
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Safeports//Events//EN"));
    calendar.add(new Version("2.0", "2.0"));
    calendar.add(new CalScale("GREGORIAN"));
    calendar.add(new Method(method));
    if (zone != null) {
      calendar.add(zone.getVTimeZone());
    }
    calendar.add(vevent);
    return calendar.toString().getBytes(StandardCharsets.UTF_8);
  }
}
