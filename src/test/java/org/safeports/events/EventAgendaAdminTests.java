package org.safeports.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The editors' agenda: sessions and talks added, changed, translated and deleted from the admin
 * screens, with the public agenda showing them; every rule refused next to its field with what was
 * typed kept; an id of another event not found; two editors saving the same session.
 */
@PortalTest
class EventAgendaAdminTests {

  /** Panama, 10:00 to 12:00 on 4 March 2031. */
  static final Instant START = Instant.parse("2031-03-04T15:00:00Z");

  @LocalServerPort int port;
  @Autowired TestEvents events;
  @Autowired TestAgendas agendas;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  PortalClient editor;

  @BeforeEach
  void signIn() {
    String email = TestAccounts.freshEmail("agenda-editor");
    accounts.create(email, PortalRole.EDITOR);
    editor = new PortalClient(port);
    assertThat(editor.signIn(email, TestAccounts.PASSWORD).status()).isEqualTo(302);
  }

  static long idIn(PortalClient.Response response, String kind) {
    Matcher m = Pattern.compile(kind + "-(\\d+)").matcher(response.redirectPath());
    assertThat(m.find()).as(response.redirectPath()).isTrue();
    return Long.parseLong(m.group(1));
  }

  long addSession(TestEvents.Made event, String title, String start, String end) {
    PortalClient.Response added =
        editor.post(
            "/admin/events/" + event.id() + "/agenda/sessions/new",
            "kind",
            "SESSION",
            "title",
            title,
            "day",
            "2031-03-04",
            "start",
            start,
            "end",
            end,
            "room",
            "Sala Bolívar",
            "link",
            "",
            "description",
            "About " + title,
            "version",
            "0");
    assertThat(added.status()).as(added.body()).isEqualTo(302);
    return idIn(added, "session");
  }

  long auditCount(String action, long objectId) {
    return jdbc.sql("select count(*) from audit_entry where action = :a and object_id = :o")
        .param("a", action)
        .param("o", String.valueOf(objectId))
        .query(Long.class)
        .single();
  }

  @Test
  void anEditorBuildsTheAgendaAndTheTranslatedTalkShowsOnTheSpanishAgenda() {
    TestEvents.Made event = events.seminar("Agenda built by an editor", START);
    long speaker = agendas.speaker(event.id(), "Marta Quispe", "APN Perú", "Harbour pilot.");
    long session = addSession(event, "Morning session", "10:00", "11:30");
    PortalClient.Response talk =
        editor.post(
            "/admin/events/" + event.id() + "/agenda/sessions/" + session + "/talks/new",
            "title",
            "Gate controls",
            "start",
            "10:15",
            "end",
            "10:45",
            "speakers",
            String.valueOf(speaker),
            "summary",
            "How gates work.",
            "version",
            "0");
    assertThat(talk.status()).as(talk.body()).isEqualTo(302);
    long talkId = idIn(talk, "talk");

    Document admin = Jsoup.parse(editor.get("/admin/events/" + event.id() + "/agenda").body());
    assertThat(admin.select("#session-" + session).text())
        .contains("Morning session", "Room: Sala Bolívar", "Spanish: not translated yet");
    assertThat(admin.select("#talk-" + talkId).text()).contains("Gate controls", "Marta Quispe");

    PortalClient.Response translated =
        editor.post(
            "/admin/events/" + event.id() + "/agenda/talks/" + talkId + "/texts/es",
            "title",
            "Control de accesos",
            "body",
            "Cómo funcionan.");
    assertThat(translated.status()).isEqualTo(302);

    String spanish =
        new PortalClient(port).get("/events/" + event.slug() + "/agenda?lang=es").body();
    assertThat(spanish).contains("Control de accesos", "Marta Quispe", "Morning session");
    String english = new PortalClient(port).get("/events/" + event.slug() + "/agenda").body();
    assertThat(english).contains("Gate controls").doesNotContain("Control de accesos");

    // A change to the original's title makes the Spanish one stale.
    PortalClient.Response changed =
        editor.post(
            "/admin/events/" + event.id() + "/agenda/talks/" + talkId,
            "title",
            "Gate and quay controls",
            "start",
            "10:15",
            "end",
            "10:45",
            "speakers",
            String.valueOf(speaker),
            "summary",
            "How gates work.",
            "version",
            "0");
    assertThat(changed.status()).as(changed.body()).isEqualTo(302);
    Document text =
        Jsoup.parse(
            editor
                .get("/admin/events/" + event.id() + "/agenda/talks/" + talkId + "/texts/es")
                .body());
    assertThat(text.select(".notice").text()).contains("The original changed");
    assertThat(text.select(".workflow").text()).contains("Gate and quay controls");
    assertThat(text.select("#title").attr("value")).isEqualTo("Control de accesos");

    assertThat(auditCount("EVENT_SESSION_ADDED", session)).isEqualTo(1);
    assertThat(auditCount("EVENT_TALK_ADDED", talkId)).isEqualTo(1);
    assertThat(auditCount("EVENT_TALK_CHANGED", talkId)).isEqualTo(2);

    assertThat(
            editor
                .post("/admin/events/" + event.id() + "/agenda/sessions/" + session + "/delete")
                .status())
        .isEqualTo(302);
    assertThat(new PortalClient(port).get("/events/" + event.slug() + "/agenda").body())
        .doesNotContain("Gate and quay controls");
    assertThat(auditCount("EVENT_SESSION_DELETED", session)).isEqualTo(1);
  }

  @Test
  void eachRuleIsRefusedNextToItsFieldInTheEditorsLanguageWithWhatWasTypedKept() {
    TestEvents.Made event = events.seminar("Agenda rules", START);
    String path = "/admin/events/" + event.id() + "/agenda/sessions/new";
    Document outside =
        Jsoup.parse(
            editor
                .post(
                    path,
                    "kind",
                    "SESSION",
                    "title",
                    "Typed <b>title</b>",
                    "day",
                    "2031-03-09",
                    "start",
                    "10:00",
                    "end",
                    "11:00",
                    "room",
                    "Room 7",
                    "version",
                    "0")
                .body());
    assertThat(outside.select("#day-error").text()).contains("one of the event’s days");
    assertThat(outside.select("#title").attr("value")).isEqualTo("Typed <b>title</b>");
    assertThat(outside.select("#room").attr("value")).isEqualTo("Room 7");

    editor.get("/admin/events/" + event.id() + "/agenda?lang=es");
    Document backwards =
        Jsoup.parse(
            editor
                .post(
                    path,
                    "kind",
                    "SESSION",
                    "title",
                    "Al revés",
                    "day",
                    "2031-03-04",
                    "start",
                    "11:00",
                    "end",
                    "10:00",
                    "version",
                    "0")
                .body());
    assertThat(backwards.select("#end-error").text())
        .contains("El final debe ser posterior al inicio.");
    assertThat(backwards.select("#start").attr("value")).isEqualTo("11:00");
    editor.get("/admin/events/" + event.id() + "/agenda?lang=en");

    long session = addSession(event, "Short session", "10:00", "10:30");
    String talks = "/admin/events/" + event.id() + "/agenda/sessions/" + session + "/talks/new";
    Document late =
        Jsoup.parse(
            editor
                .post(talks, "title", "Too late", "start", "10:15", "end", "11:00", "version", "0")
                .body());
    assertThat(late.select("#end-error").text()).contains("within its session’s times");
    assertThat(late.select("#title").attr("value")).isEqualTo("Too late");
    Document half =
        Jsoup.parse(editor.post(talks, "title", "Half", "start", "10:15", "version", "0").body());
    assertThat(half.select("#end-error").text()).contains("both the start and the end");

    TestEvents.Made other = events.seminar("Another event", START);
    long stranger = agendas.speaker(other.id(), "Not ours", "", "");
    Document foreign =
        Jsoup.parse(
            editor
                .post(
                    talks, "title", "Foreign", "speakers", String.valueOf(stranger), "version", "0")
                .body());
    assertThat(foreign.select("#speakers-error").text()).contains("from the event’s list");
    assertThat(
            jdbc.sql("select count(*) from event_talk where session_id = :s")
                .param("s", session)
                .query(Long.class)
                .single())
        .isZero();

    // A session with talks cannot become a break.
    agendas.talk(session, "Kept talk", agendas.speaker(event.id(), "Ours", "", ""));
    Document toBreak =
        Jsoup.parse(
            editor
                .post(
                    "/admin/events/" + event.id() + "/agenda/sessions/" + session,
                    "kind",
                    "BREAK",
                    "title",
                    "Short session",
                    "day",
                    "2031-03-04",
                    "start",
                    "10:00",
                    "end",
                    "10:30",
                    "version",
                    "0")
                .body());
    assertThat(toBreak.select("#kind-error").text()).contains("a break cannot have any");
  }

  @Test
  void aSecondEditorSavingAnOldCopyIsToldAndOverwritesNothing() {
    TestEvents.Made event = events.seminar("Agenda lock", START);
    long session = addSession(event, "First title", "10:00", "11:00");
    String path = "/admin/events/" + event.id() + "/agenda/sessions/" + session;
    String[] fields = {
      "kind", "SESSION", "day", "2031-03-04", "start", "10:00", "end", "11:00", "version", "0"
    };
    assertThat(editor.post(path, with(fields, "title", "Second title")).status()).isEqualTo(302);
    Document stale = Jsoup.parse(editor.post(path, with(fields, "title", "Third title")).body());
    assertThat(stale.select(".error-summary").text()).contains("Someone saved this");
    assertThat(stale.select("#title").attr("value")).isEqualTo("Third title");
    assertThat(new PortalClient(port).get("/events/" + event.slug() + "/agenda").body())
        .contains("Second title")
        .doesNotContain("Third title");
  }

  @Test
  void aSessionTalkOrSpeakerOfAnotherEventIsNotFound() {
    TestEvents.Made mine = events.seminar("Mine", START);
    TestEvents.Made theirs = events.seminar("Theirs", START);
    long session = agendas.session(theirs.id(), START, 60, "Their session", null, null);
    long speaker = agendas.speaker(theirs.id(), "Their speaker", "", "");
    long talk = agendas.talk(session, "Their talk", speaker);
    String base = "/admin/events/" + mine.id();
    for (String path :
        new String[] {
          base + "/agenda/sessions/" + session,
          base + "/agenda/sessions/" + session + "/talks/new",
          base + "/agenda/sessions/" + session + "/texts/es",
          base + "/agenda/talks/" + talk,
          base + "/agenda/talks/" + talk + "/texts/es",
          base + "/speakers/" + speaker,
          base + "/speakers/" + speaker + "/texts/es",
          base + "/agenda/sessions/abc"
        }) {
      assertThat(editor.get(path).status()).as("GET " + path).isEqualTo(404);
      assertThat(editor.post(path, "title", "x", "version", "0").status())
          .as("POST " + path)
          .isEqualTo(404);
    }
    for (String path :
        new String[] {
          base + "/agenda/sessions/" + session + "/delete",
          base + "/agenda/talks/" + talk + "/delete",
          base + "/speakers/" + speaker + "/delete"
        }) {
      assertThat(editor.post(path).status()).as("POST " + path).isEqualTo(404);
    }
    assertThat(editor.get("/admin/events/" + theirs.id() + "/agenda").body())
        .contains("Their session", "Their talk");
    assertThat(editor.get(base + "/agenda/sessions/" + session + "/texts/xx").status())
        .isEqualTo(404);
  }

  static String[] with(String[] fields, String... more) {
    String[] all = java.util.Arrays.copyOf(fields, fields.length + more.length);
    System.arraycopy(more, 0, all, fields.length, more.length);
    return all;
  }
}
