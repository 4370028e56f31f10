package org.safeports.events;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.security.Viewer;
import org.safeports.platform.web.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an event's agenda and speakers for its public pages and a person's own agenda. An event the
 * reader may not see ({@link EventVisibility}) is not found, and so are its speakers' photos.
 */
@Service
@Transactional(readOnly = true)
class EventAgendaReading {

  private final EventRepository events;
  private final EventVisibility visibility;
  private final AgendaRows rows;
  private final JdbcClient jdbc;

  EventAgendaReading(
      EventRepository events, EventVisibility visibility, AgendaRows rows, JdbcClient jdbc) {
    this.events = events;
    this.visibility = visibility;
    this.rows = rows;
    this.jdbc = jdbc;
  }

  /** The event at this address, if the reader may see it; else not found. */
  Event visible(String slug, Viewer viewer) {
    Event event = events.findBySlug(slug).orElseThrow(NotFoundException::new);
    if (!visibility.maySee(viewer, event)) {
      throw new NotFoundException();
    }
    return event;
  }

  /**
   * The agenda, in the reader's language and zone; {@code onlyMarked}: the sessions the person
   * marked, for their own agenda.
   */
  Agenda agenda(
      String slug,
      Viewer viewer,
      Long accountId,
      Locale locale,
      UnaryOperator<ZoneId> zoneFor,
      boolean onlyMarked) {
    Event event = visible(slug, viewer);
    String language = Language.of(locale).code();
    ZoneId shown = zoneFor.apply(event.zone());
    long eventId = event.id();
    Set<Long> marked = accountId == null ? Set.of() : rows.marked(eventId, accountId);
    boolean links = viewer.has("EDITOR") || (accountId != null && confirmed(eventId, accountId));
    DateTimeFormatter time =
        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(shown);
    Map<Long, List<Agenda.Talk>> talks =
        rows.talks(eventId, language, event.originalLanguage(), time);
    DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
    Map<LocalDate, List<Agenda.Session>> byDay = new LinkedHashMap<>();
    for (AgendaRows.SessionRow s : rows.sessions(eventId, language, event.originalLanguage())) {
      if (onlyMarked && !marked.contains(s.id())) {
        continue;
      }
      byDay
          .computeIfAbsent(LocalDate.ofInstant(s.startsAt(), shown), d -> new ArrayList<>())
          .add(
              new Agenda.Session(
                  s.id(),
                  s.isBreak(),
                  s.startsAt(),
                  time.format(s.startsAt()),
                  time.format(s.endsAt()),
                  s.title(),
                  s.description(),
                  s.room(),
                  links ? s.link() : null,
                  marked.contains(s.id()),
                  talks.getOrDefault(s.id(), List.of())));
    }
    List<Agenda.Day> days = new ArrayList<>();
    byDay.forEach(
        (date, sessions) -> days.add(new Agenda.Day(day.format(date), date.toString(), sessions)));
    return new Agenda(event.slug(), event.title(language), shown, event.zone(), days);
  }

  /** The event's speakers, by name, with their bios in the reader's language. */
  List<SpeakerCard> speakers(String slug, Viewer viewer, Locale locale) {
    Event event = visible(slug, viewer);
    return rows.speakers(event.id(), Language.of(locale).code(), event.originalLanguage());
  }

  /** A speaker's photo (its type and bytes), if they have one and the reader may see the event. */
  AgendaRows.Photo photo(long speakerId, Viewer viewer) {
    AgendaRows.Photo photo = rows.photo(speakerId).orElseThrow(NotFoundException::new);
    Event event = events.findById(photo.eventId()).orElseThrow(NotFoundException::new);
    if (!visibility.maySee(viewer, event)) {
      throw new NotFoundException();
    }
    return photo;
  }

  /** A confirmed registration: the person may have the sessions' links. */
  private boolean confirmed(long eventId, long accountId) {
    return jdbc.sql(
                "select count(*) from event_registration where event_id = :event"
                    + " and account_id = :account and status = 'CONFIRMED'")
            .param("event", eventId)
            .param("account", accountId)
            .query(Long.class)
            .single()
        > 0;
  }
}
