package org.safeports.events;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.safeports.platform.PortalProperties;
import org.springframework.stereotype.Component;

/**
 * The events' iCalendar files (RFC 5545): an invitation for one event (what registration mails
 * attach), the whole public calendar, and a person's own calendar. Times are written in the event's
 * own zone, with that zone's VTIMEZONE in the file, so that a calendar program shows them right in
 * any zone, across daylight-saving changes included.
 */
@Component
public class EventCalendarFiles {

  static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

  private static final DateTimeFormatter WALL_CLOCK =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

  private static final String PRODUCT = "-//Safeports//Events 1.0//EN";

  private final PortalProperties properties;
  private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

  EventCalendarFiles(PortalProperties properties) {
    this.properties = properties;
  }

  /** A session of an event's agenda, for a person's calendar. */
  record SessionEntry(
      long id, Event event, String title, Instant startsAt, Instant endsAt, String room) {}

  /**
   * One event as an invitation: METHOD {@code REQUEST} (a place, or its change) or {@code CANCEL}
   * (the person's place, or the event, is cancelled).
   */
  public byte[] invitation(Event event, String language, String method) {
    String chosen = Method.VALUE_CANCEL.equalsIgnoreCase(method) ? "CANCEL" : "REQUEST";
    Calendar calendar = calendar(null);
    calendar.withProperty(new Method(chosen));
    zone(calendar, event.zone());
    VEvent entry = entry(event, language);
    entry.withProperty(organizer(event));
    if ("CANCEL".equals(chosen)) {
      entry.replace(ImmutableStatus.VEVENT_CANCELLED);
    }
    calendar.withComponent(entry);
    return bytes(calendar);
  }

  /** The whole calendar, as published: each event in the reader's language. */
  byte[] feed(List<Event> events, String language, String name) {
    Calendar calendar = calendar(name);
    calendar.withProperty(new Method(Method.VALUE_PUBLISH));
    zones(calendar, events.stream().map(Event::zone).toList());
    events.forEach(event -> calendar.withComponent(entry(event, language)));
    return bytes(calendar);
  }

  /** A person's own calendar: the events they have a place at, and the sessions they marked. */
  byte[] personal(List<Event> events, List<SessionEntry> sessions, String language, String name) {
    Calendar calendar = calendar(name);
    calendar.withProperty(new Method(Method.VALUE_PUBLISH));
    Set<ZoneId> used = new LinkedHashSet<>();
    events.forEach(event -> used.add(event.zone()));
    sessions.forEach(session -> used.add(session.event().zone()));
    zones(calendar, used);
    events.forEach(event -> calendar.withComponent(entry(event, language)));
    sessions.forEach(session -> calendar.withComponent(sessionEntry(session, language)));
    return bytes(calendar);
  }

  private Calendar calendar(String name) {
    Calendar calendar = new Calendar();
    calendar.withProdId(PRODUCT).withDefaults();
    if (name != null) {
      calendar.withProperty(new Name(name));
      calendar.withProperty(new XProperty("X-WR-CALNAME", name));
    }
    return calendar;
  }

  private void zones(Calendar calendar, Collection<ZoneId> used) {
    new LinkedHashSet<>(used).forEach(zone -> zone(calendar, zone));
  }

  private void zone(Calendar calendar, ZoneId zone) {
    net.fortuna.ical4j.model.TimeZone known = zones.getTimeZone(zone.getId());
    if (known == null) {
      throw new IllegalStateException("No time zone definition for " + zone.getId());
    }
    VTimeZone definition = known.getVTimeZone();
    calendar.withComponent(definition);
  }

  private VEvent entry(Event event, String language) {
    ZoneId zone = event.zone();
    VEvent entry = timed(event.startsAt(), event.endsAt(), zone, event.title(language));
    entry.withProperty(new Uid("event-" + event.id() + "@" + host()));
    entry.withProperty(new DtStamp(stamp()));
    entry.withProperty(new Sequence((int) Math.min(Integer.MAX_VALUE, event.version())));
    String page = properties.link("/events/" + event.slug());
    entry.withProperty(new Url(URI.create(page)));
    EventText text = event.text(language);
    String summary = text == null ? "" : text.summary();
    entry.withProperty(new Description(summary.isBlank() ? page : summary + "\n\n" + page));
    entry.withProperty(new Location(place(event)));
    entry.withProperty(
        event.status() == EventStatus.CANCELLED
            ? ImmutableStatus.VEVENT_CANCELLED
            : ImmutableStatus.VEVENT_CONFIRMED);
    return entry;
  }

  private VEvent sessionEntry(SessionEntry session, String language) {
    ZoneId zone = session.event().zone();
    String eventTitle = session.event().title(language);
    VEvent entry =
        timed(
            session.startsAt(), session.endsAt(), zone, session.title() + " (" + eventTitle + ")");
    entry.withProperty(new Uid("event-session-" + session.id() + "@" + host()));
    entry.withProperty(new DtStamp(stamp()));
    String page = properties.link("/events/" + session.event().slug() + "/agenda");
    entry.withProperty(new Url(URI.create(page)));
    entry.withProperty(new Description(eventTitle + "\n\n" + page));
    String room = session.room();
    entry.withProperty(
        new Location(room == null || room.isBlank() ? place(session.event()) : room));
    entry.withProperty(
        session.event().status() == EventStatus.CANCELLED
            ? ImmutableStatus.VEVENT_CANCELLED
            : ImmutableStatus.VEVENT_CONFIRMED);
    return entry;
  }

  /**
   * Where it is held: the venue, or "Online" with the event page, never the meeting link itself
   * (that shows on the page, to confirmed participants only).
   */
  private static String place(Event event) {
    if (event.venue() != null && !event.venue().isBlank()) {
      return event.online() ? event.venue() + " / Online" : event.venue();
    }
    return "Online";
  }

  private Organizer organizer(Event event) {
    ParameterList parameters = new ParameterList(List.of(new Cn(event.organiser())));
    return new Organizer(parameters, URI.create("mailto:" + address(properties.mailFrom())));
  }

  /** The bare address of a "Name <address>" sender. */
  static String address(String mailFrom) {
    int open = mailFrom.indexOf('<');
    int close = mailFrom.indexOf('>');
    return open >= 0 && close > open ? mailFrom.substring(open + 1, close).trim() : mailFrom.trim();
  }

  private String host() {
    String host = URI.create(properties.link("/")).getHost();
    return host == null ? "safeports.org" : host;
  }

  private static Instant stamp() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * An entry from {@code startsAt} to {@code endsAt}, written as wall-clock times in {@code zone}
   * with its TZID. The wall times are worked out here with Java's time-zone rules and handed to
   * ical4j as text: ical4j's own arithmetic, from its bundled zone definitions, puts New York in
   * daylight time a week early in March 2027 (a test holds this to the right local times).
   */
  private static VEvent timed(Instant startsAt, Instant endsAt, ZoneId zone, String summary) {
    VEvent entry = new VEvent(false);
    entry.withProperty(new DtStart<>(zoned(zone), wallClock(startsAt, zone)));
    entry.withProperty(new DtEnd<>(zoned(zone), wallClock(endsAt, zone)));
    entry.withProperty(new Summary(summary));
    return entry;
  }

  private static ParameterList zoned(ZoneId zone) {
    return new ParameterList(List.of(new TzId(zone.getId())));
  }

  static String wallClock(Instant at, ZoneId zone) {
    ZonedDateTime local = at.truncatedTo(ChronoUnit.SECONDS).atZone(zone);
    return WALL_CLOCK.format(local.toLocalDateTime());
  }

  private static byte[] bytes(Calendar calendar) {
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
