package org.safeports.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The calendars as a calendar program gets them, parsed back with ical4j: the whole calendar holds
 * what a visitor may see and nothing else, an event's file follows the visibility rule, a person's
 * feed holds their confirmed places and marked sessions; and the next events on the home page and
 * on the host country's page.
 */
@PortalTest
class EventCalendarTests {

  @LocalServerPort int port;
  @Autowired TestEvents events;
  @Autowired TestAccounts accounts;
  @Autowired EventCalendarKeys keys;
  @Autowired JdbcClient jdbc;

  Instant soon() {
    return Instant.now().plus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
  }

  @Test
  void theWholeCalendarHoldsWhatAVisitorMaySee() throws Exception {
    var open = events.seminar("Calendar open seminar", soon().plus(3, ChronoUnit.DAYS));
    var draft =
        events.heldIn(
            "Calendar draft seminar",
            soon().plus(4, ChronoUnit.DAYS),
            ZoneId.of("America/Lima"),
            true,
            false);
    var members =
        events.heldIn(
            "Calendar members seminar",
            soon().plus(5, ChronoUnit.DAYS),
            ZoneId.of("America/Lima"),
            false,
            true);

    PortalClient.Download file = new PortalClient(port).download("/events.ics");
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
    Calendar calendar = parse(file.body());
    calendar.validate();
    List<String> uids = uids(calendar);
    assertThat(uids).contains(uid(open.id())).doesNotContain(uid(draft.id()), uid(members.id()));
    assertThat(calendar.getComponents("VTIMEZONE").stream().map(z -> z.getProperty("TZID")))
        .isNotEmpty();

    // A signed-in reader's copy has the members' event too, still not the draft.
    PortalClient user = signedIn(PortalRole.USER);
    List<String> signedInUids = uids(parse(user.download("/events.ics").body()));
    assertThat(signedInUids).contains(uid(members.id())).doesNotContain(uid(draft.id()));

    // One event's file: a REQUEST with its zone; a draft is not found.
    PortalClient visitor = new PortalClient(port);
    PortalClient.Download one = visitor.download("/events/" + open.slug() + "/event.ics");
    assertThat(one.status()).isEqualTo(200);
    Calendar single = parse(one.body());
    assertThat(single.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
    VEvent event = single.<VEvent>getComponents("VEVENT").get(0);
    assertThat(event.getProperty("SUMMARY").orElseThrow().getValue())
        .isEqualTo("Calendar open seminar");
    assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
        .isEqualTo("America/Panama");
    assertThat(visitor.download("/events/" + draft.slug() + "/event.ics").status()).isEqualTo(404);
    assertThat(visitor.download("/events/" + members.slug() + "/event.ics").status())
        .isEqualTo(404);
    assertThat(visitor.download("/events/no-such-event/event.ics").status()).isEqualTo(404);
  }

  @Test
  void aPersonsFeedHoldsTheirConfirmedPlacesAndMarkedSessions() throws Exception {
    long person = accounts.create(TestAccounts.freshEmail("calendar-person"), PortalRole.USER);
    var confirmed = events.seminarFor("Feed confirmed seminar", soon().plus(2, ChronoUnit.DAYS), 5);
    var waiting = events.seminarFor("Feed waiting seminar", soon().plus(3, ChronoUnit.DAYS), 5);
    var conference = events.seminar("Feed conference", soon().plus(6, ChronoUnit.DAYS));
    register(confirmed.id(), person, "CONFIRMED");
    register(waiting.id(), person, "WAITING");
    long session =
        jdbc.sql(
                "insert into event_session (event_id, starts_at, ends_at, room)"
                    + " values (:e, :s, :t, 'Room B') returning id")
            .param("e", conference.id())
            .param("s", Timestamp.from(soon().plus(6, ChronoUnit.DAYS)))
            .param("t", Timestamp.from(soon().plus(6, ChronoUnit.DAYS).plusSeconds(3600)))
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into event_session_text (session_id, language, title)"
                + " values (:s, 'en', 'Port drills')")
        .param("s", session)
        .update();
    jdbc.sql(
            "insert into event_agenda_mark (account_id, session_id, marked_at) values (:a, :s, now())")
        .param("a", person)
        .param("s", session)
        .update();

    String secret = keys.secretFor(person);
    assertThat(keys.secretFor(person)).isEqualTo(secret);
    assertThat(secret).hasSizeGreaterThanOrEqualTo(40);

    PortalClient.Download feed = new PortalClient(port).download("/calendar/" + secret + ".ics");
    assertThat(feed.status()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    Calendar calendar = parse(feed.body());
    calendar.validate();
    assertThat(uids(calendar))
        .containsExactlyInAnyOrder(uid(confirmed.id()), "event-session-" + session + "@localhost");
    assertThat(new String(feed.body(), StandardCharsets.UTF_8))
        .contains("Port drills (Feed conference)")
        .contains("LOCATION:Room B")
        .doesNotContain("meet.example.org");

    assertThat(new PortalClient(port).download("/calendar/" + secret + "x.ics").status())
        .isEqualTo(404);
    assertThat(new PortalClient(port).download("/calendar/short.ics").status()).isEqualTo(404);
  }

  @Test
  void theNextEventsShowOnTheHomePageAndOnTheHostCountrysPage() {
    var next = events.seminar("Soonest seminar on the home page", soon());
    PortalClient user = signedIn(PortalRole.USER);
    String home = user.get("/").body();
    assertThat(home).contains("id=\"next-events-heading\"");
    assertThat(home).contains("Soonest seminar on the home page");
    assertThat(home).contains("href=\"/events/" + next.slug() + "\"");

    String panama = user.get("/members/pa").body();
    assertThat(panama).contains("Soonest seminar on the home page");
    String peru = user.get("/members/pe").body();
    assertThat(peru).doesNotContain("Soonest seminar on the home page");

    String spanish = new PortalClient(port).language("es").get("/?lang=es").body();
    assertThat(spanish).contains("Próximos eventos");

    // A title is text, never markup, on the home page and in the files.
    events.seminar("<script>alert('home')</script>", soon().minusSeconds(30));
    String escaped = signedIn(PortalRole.USER).get("/").body();
    assertThat(escaped).doesNotContain("<script>alert('home')</script>");
    assertThat(escaped).contains("&lt;script&gt;alert(&#39;home&#39;)&lt;/script&gt;");

    // The feeds page offers the calendar in each language, and the calendar follows it.
    assertThat(new PortalClient(port).get("/feeds").body()).contains("/events.ics?lang=pt");
    assertThat(
            new String(
                new PortalClient(port).download("/events.ics?lang=fr").body(),
                StandardCharsets.UTF_8))
        .contains("X-WR-CALNAME:Événements de Safeports");
  }

  PortalClient signedIn(PortalRole role) {
    String email = TestAccounts.freshEmail("calendar-reader");
    accounts.create(email, role);
    PortalClient client = new PortalClient(port);
    client.signIn(email, TestAccounts.PASSWORD);
    return client;
  }

  void register(long event, long account, String status) {
    jdbc.sql(
            "insert into event_registration (event_id, account_id, status, waiting_since, language,"
                + " registered_at, status_changed_at)"
                + " values (:e, :a, :s, case when :s = 'WAITING' then now() end, 'en', now(), now())")
        .param("e", event)
        .param("a", account)
        .param("s", status)
        .update();
  }

  static String uid(long id) {
    return "event-" + id + "@localhost";
  }

  static Calendar parse(byte[] body) throws Exception {
    return new CalendarBuilder().build(new StringReader(new String(body, StandardCharsets.UTF_8)));
  }

  static List<String> uids(Calendar calendar) {
    return calendar.<VEvent>getComponents("VEVENT").stream()
        .map(e -> e.getProperty("UID").orElseThrow().getValue())
        .toList();
  }
}
