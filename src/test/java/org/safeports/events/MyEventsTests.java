package org.safeports.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A person's events page: times in the account's zone, named; a new calendar address. */
@PortalTest
class MyEventsTests {

  private static final Pattern FEED = Pattern.compile("/calendar/([A-Za-z0-9_-]{20,64})\\.ics");

  @LocalServerPort int port;
  @Autowired TestEvents events;
  @Autowired TestAccounts accounts;
  @Autowired EventRegistrations registrations;
  @Autowired VisitorZones zones;
  @Autowired JdbcClient jdbc;

  @Test
  void timesAreInTheAccountsZoneWithTheZoneNamedAndTheEventsOwnBeside() {
    // 15:00 UTC on 4 March 2031: 12:00 in São Paulo, 10:00 in Panama.
    TestEvents.Made made =
        events.seminarFor("Zoned registration " + port, Instant.parse("2031-03-04T15:00:00Z"), 10);
    String email = TestAccounts.freshEmail("my-events-zone");
    long person = accounts.create(email, PortalRole.USER);
    registrations.register(made.id(), person, "en", Map.of(), false);
    PortalClient client = new PortalClient(port);
    client.signIn(email, TestAccounts.PASSWORD);

    // No zone saved yet: UTC, and it says so.
    String utc = client.get("/account/events").body();
    assertThat(utc).contains("Zoned registration " + port).contains("3:00").contains("UTC");
    assertThat(utc).contains("Where it is held:").contains("America/Panama");

    zones.save(person, ZoneId.of("America/Sao_Paulo"));
    String page = client.get("/account/events").body();
    assertThat(page)
        .contains("12:00")
        .contains("America/Sao_Paulo")
        .contains("Times are shown in")
        .contains("10:00")
        .doesNotContain(" UTC<");

    // The zone choice on the page saves the zone and comes back here.
    var chosen =
        client.post("/events/time-zone", "tz", "America/Panama", "back", "/account/events");
    assertThat(chosen.location())
        .hasValueSatisfying(l -> assertThat(l).contains("/account/events?tz=America%2FPanama"));
    assertThat(zones.saved(person)).contains(ZoneId.of("America/Panama"));
    String panama = client.get("/account/events").body();
    assertThat(panama).contains("10:00").doesNotContain("Where it is held:");
  }

  @Test
  void aNewCalendarAddressReplacesTheOldOneAndIsAudited() {
    TestEvents.Made made =
        events.seminarFor("Renewed calendar " + port, Instant.parse("2031-04-04T15:00:00Z"), 10);
    String email = TestAccounts.freshEmail("my-events-renew");
    long person = accounts.create(email, PortalRole.USER);
    registrations.register(made.id(), person, "en", Map.of(), false);
    PortalClient client = new PortalClient(port);
    client.signIn(email, TestAccounts.PASSWORD);

    String old = secretOn(client.get("/account/events").body());
    PortalClient calendarProgram = new PortalClient(port);
    assertThat(calendarProgram.download("/calendar/" + old + ".ics").status()).isEqualTo(200);

    var renewed = client.post("/account/events/calendar");
    assertThat(renewed.isRedirectTo("/account/events")).isTrue();
    String page = client.get("/account/events").body();
    String fresh = secretOn(page);
    assertThat(fresh).isNotEqualTo(old);
    assertThat(page).contains("Your calendar has a new address");
    assertThat(calendarProgram.download("/calendar/" + old + ".ics").status()).isEqualTo(404);
    var feed = calendarProgram.download("/calendar/" + fresh + ".ics");
    assertThat(feed.status()).isEqualTo(200);
    assertThat(new String(feed.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("Renewed calendar " + port);

    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where action = 'EVENT_CALENDAR_RENEWED'"
                        + " and object_id = ? and account_email = ?")
                .params("" + person, email)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    // Without a session the renewal is refused: the sign-in page, and the address stays.
    new PortalClient(port).post("/account/events/calendar");
    assertThat(secretOn(client.get("/account/events").body())).isEqualTo(fresh);
  }

  private static String secretOn(String page) {
    Matcher m = FEED.matcher(page);
    assertThat(m.find()).as("a feed address on the page").isTrue();
    return m.group(1);
  }
}
