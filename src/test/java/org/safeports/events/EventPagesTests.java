package org.safeports.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The events list, an event's page in the visitor's zone, and the editors' form. */
@PortalTest
class EventPagesTests {

  @LocalServerPort int port;
  @Autowired TestEvents events;
  @Autowired TestAccounts accounts;

  @Test
  void theListLeadsToThePageWithTimesInTheChosenZoneAndTheEventsOwnBeside() {
    Instant starts = Instant.parse("2031-03-04T15:00:00Z");
    TestEvents.Made made = events.seminar("Zones seminar " + port, starts);
    PortalClient client = new PortalClient(port);

    assertThat(client.get("/events").body()).contains("Zones seminar " + port);
    assertThat(client.get("/events/past").body()).doesNotContain("Zones seminar " + port);

    String page = client.get("/events/" + made.slug() + "?tz=America/Sao_Paulo").body();
    // 15:00 UTC is 12:00 in Brasília and 10:00 in Panama.
    assertThat(page).contains("12:00").contains("America/Sao_Paulo");
    assertThat(page).contains("10:00").contains("America/Panama");
    // The link is for confirmed participants only.
    assertThat(page).doesNotContain("https://meet.example.org/");
  }

  @Test
  void theZoneChoiceGoesBackToThePageAndRefusesAnUnknownZone() {
    PortalClient client = new PortalClient(port);
    var chosen = client.post("/events/time-zone", "tz", "America/Toronto", "back", "/events/past");
    assertThat(chosen.location())
        .hasValueSatisfying(l -> assertThat(l).endsWith("/events/past?tz=America%2FToronto"));
    var elsewhere =
        client.post("/events/time-zone", "tz", "America/Toronto", "back", "https://evil.example");
    assertThat(elsewhere.location())
        .hasValueSatisfying(l -> assertThat(l).endsWith("/events?tz=America%2FToronto"));
  }

  @Test
  void aDraftIsNotFoundAndAnEditorsMistakeIsShownNextToTheField() {
    String email = TestAccounts.freshEmail("events-editor");
    accounts.create(email, PortalRole.EDITOR);
    PortalClient editor = new PortalClient(port);
    editor.signIn(email, TestAccounts.PASSWORD);
    var refused =
        editor.post(
            "/admin/events/new",
            "title",
            "Draft seminar " + port,
            "kind",
            "SEMINAR",
            "audience",
            "PUBLIC",
            "originalLanguage",
            "en",
            "timeZone",
            "America/Panama",
            "startsAt",
            "2031-05-01T10:00",
            "endsAt",
            "2031-05-01T09:00",
            "online",
            "true",
            "onlineLink",
            "https://meet.example.org/x",
            "organiser",
            "TAG",
            "registration",
            "NONE",
            "participantList",
            "NOBODY");
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body())
        .contains("The end must be after the start.")
        .contains("Draft seminar " + port);

    var created =
        editor.post(
            "/admin/events/new",
            "title",
            "Draft seminar " + port,
            "kind",
            "SEMINAR",
            "audience",
            "PUBLIC",
            "originalLanguage",
            "en",
            "timeZone",
            "America/Panama",
            "startsAt",
            "2031-05-01T10:00",
            "endsAt",
            "2031-05-01T12:00",
            "online",
            "true",
            "onlineLink",
            "https://meet.example.org/x",
            "organiser",
            "TAG",
            "registration",
            "NONE",
            "participantList",
            "NOBODY");
    assertThat(created.location()).isPresent();
    String slug = "draft-seminar-" + port;
    assertThat(new PortalClient(port).get("/events/" + slug).status()).isEqualTo(404);
    String admin = created.location().get();
    editor.post(admin.substring(admin.indexOf("/admin/")) + "/publish");
    assertThat(new PortalClient(port).get("/events/" + slug).status()).isEqualTo(200);
  }
}
