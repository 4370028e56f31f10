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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' view of an agenda and its speakers: everything in the event's original language and
 * zone, with how each of the other languages stands (missing, stale, up to date).
 */
@Service
@Transactional(readOnly = true)
class AgendaAdminReading {

  /** One day of the agenda, its heading in the editor's language. */
  record Day(String heading, List<SessionItem> sessions) {}

  /** A session or break, with its talks. */
  record SessionItem(
      long id,
      boolean isBreak,
      String start,
      String end,
      String title,
      String room,
      String link,
      Map<String, AgendaTexts.State> states,
      List<TalkItem> talks) {}

  /** A talk, with its speakers' names. */
  record TalkItem(
      long id,
      String title,
      String start,
      String end,
      List<String> speakers,
      Map<String, AgendaTexts.State> states) {}

  /** A speaker, with the number of talks they give. */
  record SpeakerItem(
      long id,
      String name,
      String organisation,
      String country,
      boolean photo,
      int talks,
      Map<String, AgendaTexts.State> states) {}

  private final AgendaRows rows;
  private final AgendaTexts texts;

  AgendaAdminReading(AgendaRows rows, AgendaTexts texts) {
    this.rows = rows;
    this.texts = texts;
  }

  List<Day> agenda(Event event, Locale locale) {
    String original = event.originalLanguage();
    ZoneId zone = event.zone();
    DateTimeFormatter time =
        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
    DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
    List<AgendaRows.SessionRow> sessions = rows.sessions(event.id(), original, original);
    Map<Long, List<Agenda.Talk>> talks = rows.talks(event.id(), original, original, time);
    Map<Long, Map<String, AgendaTexts.State>> sessionStates =
        texts.states(
            AgendaPart.SESSION,
            sessions.stream().map(AgendaRows.SessionRow::id).toList(),
            original);
    Map<Long, Map<String, AgendaTexts.State>> talkStates =
        texts.states(
            AgendaPart.TALK,
            talks.values().stream().flatMap(List::stream).map(Agenda.Talk::id).toList(),
            original);
    Map<LocalDate, List<SessionItem>> byDay = new LinkedHashMap<>();
    for (AgendaRows.SessionRow s : sessions) {
      List<TalkItem> itsTalks = new ArrayList<>();
      for (Agenda.Talk t : talks.getOrDefault(s.id(), List.of())) {
        itsTalks.add(
            new TalkItem(
                t.id(),
                t.title(),
                t.start(),
                t.end(),
                t.by().stream().map(Agenda.Person::name).toList(),
                talkStates.get(t.id())));
      }
      byDay
          .computeIfAbsent(LocalDate.ofInstant(s.startsAt(), zone), d -> new ArrayList<>())
          .add(
              new SessionItem(
                  s.id(),
                  s.isBreak(),
                  time.format(s.startsAt()),
                  time.format(s.endsAt()),
                  s.title(),
                  s.room(),
                  s.link(),
                  sessionStates.get(s.id()),
                  itsTalks));
    }
    List<Day> days = new ArrayList<>();
    byDay.forEach((date, items) -> days.add(new Day(day.format(date), items)));
    return days;
  }

  List<SpeakerItem> speakers(Event event, Locale locale) {
    String original = event.originalLanguage();
    List<SpeakerCard> cards = rows.speakers(event.id(), original, original);
    Map<Long, Map<String, AgendaTexts.State>> states =
        texts.states(AgendaPart.SPEAKER, cards.stream().map(SpeakerCard::id).toList(), original);
    return cards.stream()
        .map(
            c ->
                new SpeakerItem(
                    c.id(),
                    c.name(),
                    c.organisation(),
                    c.countryName(locale),
                    c.photo(),
                    c.talks().size(),
                    states.get(c.id())))
        .toList();
  }

  /** How an item's texts stand in each language. */
  Map<String, AgendaTexts.State> states(AgendaPart part, Event event, long itemId) {
    return texts.states(part, List.of(itemId), event.originalLanguage()).get(itemId);
  }
}
