package org.safeports.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.safeports.platform.PortalProperties;

/**
 * Times around daylight-saving changes, and for readers in other zones: an event in Panama (no
 * daylight saving) seen from Brasília (none since 2019) and from Ottawa (which has it), and a New
 * York event on either side of the March and November changes, on the page and in the calendar
 * files parsed back with ical4j.
 */
class EventTimesTest {

  static final ZoneId PANAMA = ZoneId.of("America/Panama");
  static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");
  static final ZoneId OTTAWA = ZoneId.of("America/Toronto");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  final EventCalendarFiles files = new EventCalendarFiles(properties());

  static PortalProperties properties() {
    return new PortalProperties(
        "https://portal.example.org",
        false,
        "Safeports <no-reply@portal.example.org>",
        Duration.ofHours(48),
        Duration.ofHours(1));
  }

  static Event event(long id, LocalDateTime start, Duration length, ZoneId zone) {
    Event event = new Event("times-" + id, EventKind.SEMINAR, 1L, null);
    event.describe(EventKind.SEMINAR, EventAudience.PUBLIC, "en", "TAG", "en", "");
    Instant startsAt = start.atZone(zone).toInstant();
    event.schedule(startsAt, startsAt.plus(length), zone);
    event.place(true, "https://meet.example.org/x", null);
    event.texts().put("en", new EventText("Seminar " + id, "Summary", "", Instant.EPOCH));
    event.publish(Instant.EPOCH);
    org.springframework.test.util.ReflectionTestUtils.setField(event, "id", id);
    return event;
  }

  @Test
  void aPanamaSeminarSeenFromBrasiliaAndOttawaInWinterAndSummer() {
    Event january = event(1, LocalDateTime.of(2027, 1, 20, 10, 0), Duration.ofHours(2), PANAMA);
    Event july = event(2, LocalDateTime.of(2027, 7, 14, 10, 0), Duration.ofHours(2), PANAMA);

    // Panama keeps UTC−5 all year; Brasília UTC−3 all year; Ottawa UTC−5 in winter, −4 in summer.
    assertThat(EventTimes.local(january.startsAt(), BRASILIA).toLocalTime()).hasToString("12:00");
    assertThat(EventTimes.local(january.startsAt(), OTTAWA).toLocalTime()).hasToString("10:00");
    assertThat(EventTimes.local(july.startsAt(), BRASILIA).toLocalTime()).hasToString("12:00");
    assertThat(EventTimes.local(july.startsAt(), OTTAWA).toLocalTime()).hasToString("11:00");
    assertThat(EventTimes.local(july.startsAt(), PANAMA).toLocalTime()).hasToString("10:00");

    assertThat(EventTimes.when(july.startsAt(), OTTAWA, Locale.ENGLISH)).endsWith(", UTC−4)");
    assertThat(EventTimes.when(january.startsAt(), OTTAWA, Locale.ENGLISH)).endsWith(", UTC−5)");
    assertThat(EventTimes.when(july.startsAt(), BRASILIA, Locale.ENGLISH))
        .contains("12:00")
        .endsWith(", UTC−3)");
    assertThat(EventTimes.when(july.startsAt(), PANAMA, Locale.forLanguageTag("es")))
        .contains("10:00")
        .contains("Panamá");
    assertThat(EventTimes.clock(july.startsAt(), OTTAWA, Locale.ENGLISH))
        .contains("11:00")
        .endsWith(", UTC−4)");
    assertThat(EventTimes.country(PANAMA)).isEqualTo("PA");
    assertThat(EventTimes.country(BRASILIA)).isEqualTo("BR");
    assertThat(EventTimes.country(ZoneId.of("UTC"))).isNull();
  }

  @Test
  void theCalendarFileKeepsPanamaTimeWithItsZone() throws Exception {
    Event july = event(3, LocalDateTime.of(2027, 7, 14, 10, 0), Duration.ofHours(2), PANAMA);
    String text = new String(files.invitation(july, "en", "REQUEST"), StandardCharsets.UTF_8);
    assertThat(text).contains("DTSTART;TZID=America/Panama:20270714T100000");
    assertThat(text).contains("METHOD:REQUEST").contains("BEGIN:VTIMEZONE");
    Calendar calendar = parse(text);
    VEvent parsed = calendar.<VEvent>getComponents("VEVENT").get(0);
    assertThat(start(parsed)).isEqualTo(july.startsAt());
    assertThat(end(parsed)).isEqualTo(july.endsAt());
    assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).hasSize(1);
    calendar.validate();
  }

  @Test
  void aNewYorkEventAcrossTheMarchAndNovemberChanges() throws Exception {
    // 14 March 2027: at 02:00 New York moves to 03:00. From 01:00 to 04:00 on the clock is 2 h.
    Event march = event(4, LocalDateTime.of(2027, 3, 14, 1, 0), Duration.ofHours(2), NEW_YORK);
    assertThat(EventTimes.local(march.endsAt(), NEW_YORK).toLocalTime()).hasToString("04:00");
    assertThat(EventTimes.local(march.startsAt(), NEW_YORK).getOffset())
        .isEqualTo(ZoneOffset.ofHours(-5));
    assertThat(EventTimes.local(march.endsAt(), NEW_YORK).getOffset())
        .isEqualTo(ZoneOffset.ofHours(-4));
    // Seen from Brasília (UTC−3 all year): 03:00 to 05:00.
    assertThat(EventTimes.local(march.startsAt(), BRASILIA).toLocalTime()).hasToString("03:00");
    assertThat(EventTimes.local(march.endsAt(), BRASILIA).toLocalTime()).hasToString("05:00");

    // The same 10:00 New York seminar a week before and after: one hour apart in UTC.
    Event before = event(5, LocalDateTime.of(2027, 3, 10, 10, 0), Duration.ofHours(1), NEW_YORK);
    Event after = event(6, LocalDateTime.of(2027, 3, 17, 10, 0), Duration.ofHours(1), NEW_YORK);
    assertThat(before.startsAt()).isEqualTo(Instant.parse("2027-03-10T15:00:00Z"));
    assertThat(after.startsAt()).isEqualTo(Instant.parse("2027-03-17T14:00:00Z"));
    // Panama does not change: it sees 10:00 and then 09:00.
    assertThat(EventTimes.local(before.startsAt(), PANAMA).toLocalTime()).hasToString("10:00");
    assertThat(EventTimes.local(after.startsAt(), PANAMA).toLocalTime()).hasToString("09:00");

    // 7 November 2027: at 02:00 New York goes back to 01:00. 00:30 to 02:30 on the clock is 3 h.
    Event november = event(7, LocalDateTime.of(2027, 11, 7, 0, 30), Duration.ofHours(3), NEW_YORK);
    assertThat(EventTimes.local(november.endsAt(), NEW_YORK).toLocalTime()).hasToString("02:30");
    assertThat(EventTimes.when(november.startsAt(), NEW_YORK, Locale.ENGLISH)).endsWith(", UTC−4)");
    assertThat(EventTimes.when(november.endsAt(), NEW_YORK, Locale.ENGLISH)).endsWith(", UTC−5)");

    // The whole calendar, parsed back: every instant comes out as stored, with one VTIMEZONE
    // for New York holding both its daylight and standard rules.
    List<Event> all = List.of(march, before, after, november);
    String text = new String(files.feed(all, "en", "Safeports events"), StandardCharsets.UTF_8);
    assertThat(text)
        .contains("DTSTART;TZID=America/New_York:20270314T010000")
        .contains("DTEND;TZID=America/New_York:20270314T040000")
        .contains("DTSTART;TZID=America/New_York:20271107T003000");
    Calendar calendar = parse(text);
    List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
    assertThat(zones).hasSize(1);
    assertThat(zones.get(0).getObservances().stream().map(o -> o.getName()))
        .contains("DAYLIGHT", "STANDARD");
    // Since 2007: daylight time from the second Sunday of March to the first of November.
    assertThat(text)
        .contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU")
        .contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU");
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(4);
    for (int i = 0; i < all.size(); i++) {
      assertThat(start(events.get(i))).isEqualTo(all.get(i).startsAt());
      assertThat(end(events.get(i))).isEqualTo(all.get(i).endsAt());
    }
    calendar.validate();
  }

  @Test
  void aCancellationSaysSo() throws Exception {
    Event event = event(8, LocalDateTime.of(2027, 5, 5, 9, 0), Duration.ofHours(1), PANAMA);
    Calendar calendar =
        parse(new String(files.invitation(event, "en", "CANCEL"), StandardCharsets.UTF_8));
    assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
    VEvent parsed = calendar.<VEvent>getComponents("VEVENT").get(0);
    assertThat(parsed.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
    assertThat(parsed.getProperty("UID").orElseThrow().getValue())
        .isEqualTo("event-8@portal.example.org");
    assertThat(parsed.getProperty("ORGANIZER").orElseThrow().getValue())
        .isEqualTo("mailto:no-reply@portal.example.org");
  }

  static Calendar parse(String text) throws Exception {
    return new CalendarBuilder().build(new StringReader(text));
  }

  /**
   * The instant a calendar program reads: the wall-clock time in the named zone, by the zone's
   * rules. (ical4j's own conversion from its bundled definitions is a week off in March 2027 for
   * New York, so the test reads the wall time and the TZID rather than ical4j's instant.)
   */
  static Instant start(VEvent event) {
    var start = event.getDateTimeStart();
    return instant(start.getDate(), start.getParameter("TZID").orElseThrow().getValue());
  }

  static Instant end(VEvent event) {
    var end = event.getDateTimeEnd();
    return instant(end.getDate(), end.getParameter("TZID").orElseThrow().getValue());
  }

  static Instant instant(Temporal t, String tzid) {
    return LocalDateTime.from(t).atZone(ZoneId.of(tzid)).toInstant();
  }
}
