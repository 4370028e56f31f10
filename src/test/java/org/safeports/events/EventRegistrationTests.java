package org.safeports.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.MailReader;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PortalTest
class EventRegistrationTests {

  @LocalServerPort int port;
  @Autowired TestEvents testEvents;
  @Autowired TestAccounts accounts;
  @Autowired EventRegistrations registrations;
  @Autowired RegistrationRecords records;
  @Autowired JdbcClient jdbc;

  private long status(long eventId, String status) {
    return jdbc.sql("select count(*) from event_registration where event_id = ? and status = ?")
        .params(eventId, status)
        .query(Long.class)
        .single();
  }

  static Calendar parse(byte[] ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
  }

  private byte[] latestFile(String email, String category) {
    return jdbc.sql(
            "select attachment from outbox_mail where recipient = ? and category = ?"
                + " order by id desc limit 1")
        .params(email, category)
        .query(byte[].class)
        .single();
  }

  @Test
  void parallelRegistrationsNeverExceedTheCapacityAndLoseNoOne() throws Exception {
    TestEvents.Made event =
        testEvents.seminarFor("Parallel seminar", Instant.now().plus(Duration.ofDays(10)), 5);
    List<Long> people = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      people.add(accounts.create(TestAccounts.freshEmail("par" + i), PortalRole.USER));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<EventRegistrations.Outcome>> outcomes = new ArrayList<>();
    for (long person : people) {
      Callable<EventRegistrations.Outcome> call =
          () -> registrations.register(event.id(), person, "en", Map.of(), false);
      outcomes.add(pool.submit(call));
    }
    int confirmed = 0;
    int waiting = 0;
    for (Future<EventRegistrations.Outcome> outcome : outcomes) {
      switch (outcome.get().status()) {
        case CONFIRMED -> confirmed++;
        case WAITING -> waiting++;
        default -> throw new AssertionError(outcome.get());
      }
    }
    pool.shutdown();
    assertThat(confirmed).isEqualTo(5);
    assertThat(waiting).isEqualTo(11);
    assertThat(status(event.id(), "CONFIRMED")).isEqualTo(5);
    assertThat(status(event.id(), "WAITING")).isEqualTo(11);

    // Cancellations at once, in parallel: each freed place goes to the next in line, none lost.
    List<Long> confirmedPeople =
        jdbc.sql(
                "select account_id from event_registration where event_id = ? and status ="
                    + " 'CONFIRMED'")
            .param(event.id())
            .query(Long.class)
            .list();
    ExecutorService cancels = Executors.newFixedThreadPool(3);
    List<Future<EventRegistrations.Outcome>> done = new ArrayList<>();
    for (long person : confirmedPeople.subList(0, 3)) {
      done.add(cancels.submit(() -> registrations.cancel(event.id(), person)));
    }
    for (Future<EventRegistrations.Outcome> f : done) {
      assertThat(f.get().refusal()).isNull();
    }
    cancels.shutdown();
    assertThat(status(event.id(), "CONFIRMED")).isEqualTo(5);
    assertThat(status(event.id(), "WAITING")).isEqualTo(8);
    assertThat(status(event.id(), "CANCELLED")).isEqualTo(3);
  }

  @Test
  void theFirstInLineMovesUpWhenSomeoneCancelsAndIsToldWithACalendarFile() throws Exception {
    TestEvents.Made event =
        testEvents.seminarFor("Line seminar", Instant.now().plus(Duration.ofDays(5)), 1);
    String firstEmail = TestAccounts.freshEmail("first");
    String secondEmail = TestAccounts.freshEmail("second");
    accounts.create(firstEmail, PortalRole.USER);
    accounts.create(secondEmail, PortalRole.USER);
    MailReader mail = new MailReader(jdbc);
    PortalClient first = new PortalClient(port);
    first.signIn(firstEmail, TestAccounts.PASSWORD);
    PortalClient second = new PortalClient(port);
    second.signIn(secondEmail, TestAccounts.PASSWORD);

    assertThat(first.get("/events/" + event.slug() + "/register").status()).isEqualTo(200);
    assertThat(first.post("/events/" + event.slug() + "/register").isRedirectTo("/account/events"))
        .isTrue();
    mail.awaitLatest(firstEmail, "event.confirmed", 0);
    Calendar invitation = parse(latestFile(firstEmail, "event.confirmed"));
    assertThat(invitation.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
    VEvent vevent = invitation.<VEvent>getComponents("VEVENT").get(0);
    assertThat(vevent.getSummary().getValue()).isEqualTo("Line seminar");
    assertThat(invitation.getComponents("VTIMEZONE")).hasSize(1);

    second.post("/events/" + event.slug() + "/register");
    mail.awaitLatest(secondEmail, "event.waiting", 0);
    assertThat(second.get("/account/events").body()).contains("Waiting list");

    // Registering twice is refused next to the form, nothing changes.
    assertThat(second.post("/events/" + event.slug() + "/register").body())
        .contains("already registered");

    assertThat(first.post("/events/" + event.slug() + "/cancel").isRedirectTo("/account/events"))
        .isTrue();
    mail.awaitLatest(firstEmail, "event.cancelled", 0);
    assertThat(parse(latestFile(firstEmail, "event.cancelled")).getProperty("METHOD"))
        .hasValueSatisfying(m -> assertThat(m.getValue()).isEqualTo("CANCEL"));
    String promoted = mail.awaitLatest(secondEmail, "event.promoted", 0);
    assertThat(promoted).contains("Line seminar").contains("/events/" + event.slug());
    assertThat(parse(latestFile(secondEmail, "event.promoted")).getComponents("VEVENT")).hasSize(1);
    assertThat(second.get("/account/events").body()).contains("Confirmed");
    assertThat(records.confirmed(event.id(), accounts.idOf(secondEmail))).isTrue();
  }

  @Test
  void requiredQuestionsAndApprovalByTheSecretariat() {
    TestEvents.Made event =
        testEvents.seminarFor("Approval seminar", Instant.now().plus(Duration.ofDays(5)), 2);
    testEvents.registration(event.id(), "APPROVAL", "PARTICIPANTS", 2);
    String editorEmail = TestAccounts.freshEmail("ev-editor");
    accounts.create(editorEmail, PortalRole.EDITOR);
    PortalClient editor = new PortalClient(port);
    editor.signIn(editorEmail, TestAccounts.PASSWORD);
    assertThat(
            editor
                .post(
                    "/admin/events/" + event.id() + "/form",
                    "askORGANISATION",
                    "true",
                    "requiredORGANISATION",
                    "true",
                    "askDIETARY",
                    "true",
                    "showIfDIETARY",
                    "ORGANISATION")
                .isRedirectTo("/admin/events/" + event.id() + "/form"))
        .isTrue();

    String email = TestAccounts.freshEmail("approve-me");
    accounts.create(email, PortalRole.USER);
    PortalClient person = new PortalClient(port);
    person.signIn(email, TestAccounts.PASSWORD);
    String refused =
        person.post("/events/" + event.slug() + "/register", "qDIETARY", "<b>x</b>").body();
    assertThat(refused).contains("Answer this question").contains("&lt;b&gt;x&lt;/b&gt;");
    assertThat(
            person
                .post(
                    "/events/" + event.slug() + "/register",
                    "qORGANISATION",
                    "Port of Callao",
                    "listed",
                    "true")
                .isRedirectTo("/account/events"))
        .isTrue();
    assertThat(status(event.id(), "PENDING")).isEqualTo(1);

    String list = editor.get("/admin/events/" + event.id() + "/registrants?status=PENDING").body();
    assertThat(list).contains(email).contains("Port of Callao");
    long registration =
        jdbc.sql("select id from event_registration where event_id = ?")
            .param(event.id())
            .query(Long.class)
            .single();
    editor.post("/admin/events/" + event.id() + "/registrants/" + registration + "/approve");
    assertThat(status(event.id(), "CONFIRMED")).isEqualTo(1);
    PortalClient.Download csv = editor.download("/admin/events/" + event.id() + "/registrants.csv");
    assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Port of Callao");
    assertThat(person.get("/events/" + event.slug() + "/participants").body())
        .contains("Port of Callao");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> new MailReader(jdbc).count(email, "event.confirmed") == 1);
  }
}
