package org.safeports.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.library.TestLibrary;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.safeports.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The events pages cost the same statements however many events, sessions, speakers, talks,
 * documents and registrations there are: an event with one session, one speaker and one
 * registration costs what one with a dozen sessions, eight speakers and twenty registrations costs,
 * the lists cost the same after more events are published, and a person's own list ({@code
 * /account/events}) the same with more registrations.
 */
@PortalTest
class EventPagesQueryCountTests {

  static final List<String> EVENT_PAGES =
      List.of("/events/{slug}", "/events/{slug}/agenda", "/events/{slug}/speakers");

  @LocalServerPort int port;
  @Autowired TestEvents events;
  @Autowired TestAgendas agendas;
  @Autowired TestAccounts accounts;
  @Autowired TestLibrary library;
  @Autowired EventRegistrations registrations;
  @Autowired JdbcClient jdbc;

  @Test
  void theEventsPagesCostTheSameWithMoreEventsSessionsSpeakersAndRegistrations() {
    Instant soon = Instant.now().plus(Duration.ofDays(40));
    String email = TestAccounts.freshEmail("counted-events");
    long me = accounts.create(email, PortalRole.USER);
    PortalClient reader = new PortalClient(port).language("es");
    assertThat(reader.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    PortalClient visitor = new PortalClient(port);

    events.seminar("Counted past", Instant.now().minus(Duration.ofDays(30)));
    TestEvents.Made small = conference("Small counted", soon, 1, 1, 1, me);
    Map<String, Long> smallPages = measureTwice(reader, pagesOf(small));
    Map<String, Long> smallVisitor = measureTwice(visitor, pagesOf(small));
    Map<String, Long> listsBefore =
        measureTwice(reader, List.of("/events", "/events/past", "/account/events"));

    TestEvents.Made large = conference("Large counted", soon.plusSeconds(3600), 12, 8, 20, me);
    for (int i = 0; i < 4; i++) {
      conference("More counted " + i, soon.plusSeconds(7200L * (i + 2)), 3, 2, 3, null);
      events.seminar("Past counted " + i, Instant.now().minus(Duration.ofDays(40 + i)));
    }
    Map<String, Long> largePages = measureTwice(reader, pagesOf(large));
    Map<String, Long> largeVisitor = measureTwice(visitor, pagesOf(large));
    Map<String, Long> listsAfter =
        measureTwice(reader, List.of("/events", "/events/past", "/account/events"));

    assertThat(largePages).isEqualTo(smallPages);
    assertThat(largeVisitor).isEqualTo(smallVisitor);
    assertThat(listsAfter).isEqualTo(listsBefore);
    smallPages.forEach((page, n) -> assertThat(n).as(page).isLessThanOrEqualTo(20));
    smallVisitor.forEach((page, n) -> assertThat(n).as(page).isLessThanOrEqualTo(20));
    listsBefore.forEach((page, n) -> assertThat(n).as(page).isLessThanOrEqualTo(20));
  }

  /**
   * A published event with this many sessions (each with a talk), speakers (with photos) and
   * registrations, two library documents, and {@code me} registered when given.
   */
  private TestEvents.Made conference(
      String title, Instant starts, int sessions, int speakers, int registered, Long me) {
    TestEvents.Made made = events.seminarFor(title, starts, 1000);
    long[] people = new long[speakers];
    for (int i = 0; i < speakers; i++) {
      people[i] = agendas.speaker(made.id(), "Speaker " + i, "Port " + i, "Bio " + i);
      agendas.photo(people[i], new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }
    for (int i = 0; i < sessions; i++) {
      long session =
          agendas.session(
              made.id(), starts.plusSeconds(1800L * i), 25, "Session " + i, "Room " + i, null);
      agendas.talk(session, "Talk " + i, people[i % speakers]);
    }
    for (String level : List.of("PUBLIC", "MEMBERS")) {
      long document = library.published(level, null, title + " " + level, "Words.");
      jdbc.sql("insert into event_document (event_id, document_id, role) values (?, ?, 'READING')")
          .params(made.id(), document)
          .update();
    }
    for (int i = 0; i < registered; i++) {
      long person = accounts.create(TestAccounts.freshEmail("counted-registrant"), PortalRole.USER);
      registrations.register(made.id(), person, "en", Map.of(), i % 2 == 0);
    }
    if (me != null) {
      registrations.register(made.id(), me, "es", Map.of(), false);
    }
    return made;
  }

  private static List<String> pagesOf(TestEvents.Made event) {
    return EVENT_PAGES.stream().map(p -> p.replace("{slug}", event.slug())).toList();
  }

  /** Each page once to warm it up, then counted; keyed by the page's pattern and status. */
  private static Map<String, Long> measureTwice(PortalClient client, List<String> paths) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String path : paths) {
      client.get(path);
      long start = QueryCounter.statements();
      int status = client.get(path).status();
      counts.put(
          path.replaceAll("test-event-[0-9a-f]+", "{slug}") + " " + status,
          QueryCounter.statements() - start);
    }
    return counts;
  }
}
