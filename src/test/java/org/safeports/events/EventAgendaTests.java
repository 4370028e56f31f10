package org.safeports.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.media.Illustrations;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PortalTest
class EventAgendaTests {

  @LocalServerPort int port;
  @Autowired TestEvents events;
  @Autowired TestAgendas agendas;
  @Autowired TestAccounts accounts;

  private static final Instant START = Instant.now().plus(30, ChronoUnit.DAYS);

  @Test
  void theAgendaShowsDaysSessionsTalksAndSpeakersButTheLinkOnlyToParticipants() {
    TestEvents.Made event = events.seminar("Agenda seminar", START);
    long opening = agendas.session(event.id(), START, 60, "Opening session", "Room B", null);
    agendas.session(event.id(), START.plusSeconds(3600), 15, "Break", null, null);
    agendas.session(
        event.id(),
        START.plusSeconds(4500),
        45,
        "Online panel",
        null,
        "https://meet.example.org/p");
    long speaker = agendas.speaker(event.id(), "Ana Reyes", "Port of Colón", "Twenty years <b>on");
    agendas.talk(opening, "Gate controls", speaker);

    String page = new PortalClient(port).get("/events/" + event.slug() + "/agenda").body();
    assertThat(page)
        .contains("Opening session", "Room: Room B", "Gate controls", "Ana Reyes", "Online panel")
        .contains("America/Panama")
        .doesNotContain("https://meet.example.org/p")
        .doesNotContain("Add to my agenda");

    String speakers = new PortalClient(port).get("/events/" + event.slug() + "/speakers").body();
    assertThat(speakers).contains("Ana Reyes", "Port of Colón", "Twenty years &lt;b&gt;on");
    assertThat(speakers).contains("Gate controls");
  }

  @Test
  void aSignedInUserMarksAndUnmarksASessionAndSeesItInTheirAgenda() {
    TestEvents.Made event = events.seminar("Marking seminar", START);
    long session = agendas.session(event.id(), START, 60, "Risk assessment", null, null);
    long pause = agendas.session(event.id(), START.plusSeconds(3600), 15, "Break", null, null);
    agendas.session(event.id(), START.plusSeconds(4500), 30, "Closing remarks", null, null);
    String email = TestAccounts.freshEmail("agenda-user");
    accounts.create(email, PortalRole.USER);
    PortalClient user = new PortalClient(port);
    assertThat(user.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();

    String base = "/events/" + event.slug();
    assertThat(user.get(base + "/my-agenda").body()).contains("not marked any session");
    assertThat(user.post(base + "/agenda/" + session + "/mark").status()).isEqualTo(302);
    String mine = user.get(base + "/my-agenda").body();
    assertThat(mine).contains("Risk assessment").doesNotContain("Closing remarks");
    assertThat(user.get(base + "/agenda").body()).contains("Remove from my agenda");

    // A break cannot be marked, nor a session through another event's address.
    assertThat(user.post(base + "/agenda/" + pause + "/mark").status()).isEqualTo(404);
    TestEvents.Made other = events.seminar("Other seminar", START);
    assertThat(user.post("/events/" + other.slug() + "/agenda/" + session + "/mark").status())
        .isEqualTo(404);

    assertThat(user.post(base + "/agenda/" + session + "/mark", "fromMine", "true").status())
        .isEqualTo(302);
    assertThat(user.get(base + "/my-agenda").body()).doesNotContain("Risk assessment");
  }

  @Test
  void aSpeakersPhotoIsServedOnlyForAnEventTheReaderMaySee() {
    TestEvents.Made event = events.seminar("Photo seminar", START);
    long speaker = agendas.speaker(event.id(), "Luis Prado", "", "");
    agendas.photo(speaker, Illustrations.draw("ship", 120, 120));
    PortalClient visitor = new PortalClient(port);
    assertThat(visitor.download("/events/speakers/" + speaker + "/photo").status()).isEqualTo(200);
    assertThat(visitor.get("/events/speakers/999999999/photo").status()).isEqualTo(404);
    assertThat(visitor.get("/events/no-such-event/agenda").status()).isEqualTo(404);
  }
}
