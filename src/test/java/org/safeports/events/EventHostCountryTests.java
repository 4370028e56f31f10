package org.safeports.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

/**
 * An event's host country: chosen from the member states, checked, shown on that country's page.
 */
@PortalTest
class EventHostCountryTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired DemoEvents demo;
  @Autowired JdbcClient jdbc;

  private List<String> form(String title, String hostCountry) {
    return List.of(
        "title", title,
        "kind", "SEMINAR",
        "audience", "PUBLIC",
        "originalLanguage", "en",
        "timeZone", "America/Panama",
        "startsAt", "2031-09-01T10:00",
        "endsAt", "2031-09-01T12:00",
        "online", "true",
        "onlineLink", "https://meet.example.org/host",
        "organiser", "TAG",
        "hostCountry", hostCountry,
        "registration", "NONE",
        "participantList", "NOBODY");
  }

  @Test
  void theHostCountryIsAMemberStateAndPutsTheEventOnThatCountrysPageNotTheZones() {
    String email = TestAccounts.freshEmail("host-editor");
    accounts.create(email, PortalRole.EDITOR);
    PortalClient editor = new PortalClient(port);
    editor.signIn(email, TestAccounts.PASSWORD);
    String title = "Hosted by Brazil " + port;

    var refused = editor.post("/admin/events/new", form(title, "XX").toArray(String[]::new));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body())
        .contains("Choose a member state from the list, or no host country.")
        .contains("value=\"" + title + "\"")
        .contains("aria-invalid=\"true\"");
    assertThat(
            jdbc.sql(
                    "select count(*) from event_item e join event_item_text t on t.event_id = e.id"
                        + " where t.title = ?")
                .param(title)
                .query(Long.class)
                .single())
        .isZero();

    var created = editor.post("/admin/events/new", form(title, "BR").toArray(String[]::new));
    Matcher id = Pattern.compile("/admin/events/(\\d+)$").matcher(created.redirectPath());
    assertThat(id.find()).isTrue();
    String eventId = id.group(1);
    assertThat(editor.post("/admin/events/" + eventId + "/publish").status()).isEqualTo(302);
    assertThat(editor.get("/admin/events/" + eventId).body())
        .containsPattern("<option value=\"BR\"[^>]*selected");

    // Held on Panama's clock, hosted by Brazil: Brazil's page lists it, Panama's does not.
    PortalClient visitor = new PortalClient(port);
    assertThat(visitor.get("/members/br").body()).contains(title);
    assertThat(visitor.get("/members/pa").body()).doesNotContain(title);
    // The event's own page names its host and links to that country's page, in each language.
    String slug =
        jdbc.sql("select slug from event_item where id = ?")
            .param(Long.parseLong(eventId))
            .query(String.class)
            .single();
    assertThat(visitor.get("/events/" + slug).body())
        .contains("<dt>Host country</dt>")
        .contains("<a href=\"/members/br\">Brazil</a>");
    assertThat(visitor.language("es").get("/events/" + slug).body())
        .contains("<dt>País anfitrión</dt>")
        .contains("<a href=\"/members/br\">Brasil</a>");
    visitor.language("en");
    // In Spanish too, where the form's label is translated.
    assertThat(editor.language("es").get("/admin/events/" + eventId).body())
        .contains("País anfitrión");
    editor.language("en");

    // No host country: on no country's page.
    List<String> none = new java.util.ArrayList<>(form(title, ""));
    assertThat(editor.post("/admin/events/" + eventId, none.toArray(String[]::new)).status())
        .isEqualTo(302);
    assertThat(visitor.get("/members/br").body()).doesNotContain(title);
    assertThat(visitor.get("/events/" + slug).body()).doesNotContain("Host country");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where action = 'EVENT_CHANGED'"
                        + " and object_id = ? and before_state like '%\"hostCountry\":\"BR\"%'")
                .param(eventId)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theDemoEventsHaveTheirHostCountries() {
    demo.load();
    assertThat(
            jdbc.sql(
                    "select slug || '=' || coalesce(host_country, '-') from event_item"
                        + " where slug in (?, ?, ?) order by slug")
                .params(DemoEvents.CONFERENCE, DemoEvents.PAST_SEMINAR, DemoEvents.ISO_SEMINAR)
                .query(String.class)
                .list())
        .containsExactly(
            DemoEvents.PAST_SEMINAR + "=US",
            DemoEvents.CONFERENCE + "=PA",
            DemoEvents.ISO_SEMINAR + "=US");
  }
}
