package org.safeports.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.safeports.events.TestEvents;
import org.safeports.forum.ForumAudience;
import org.safeports.forum.TestForum;
import org.safeports.identity.TestAccounts;
import org.safeports.library.TestLibrary;
import org.safeports.membership.MemberStates;
import org.safeports.membership.TestMemberStates;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.safeports.voices.TestPieces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Participation per member state: each module's figures land in the right country's line and
 * period, the median is the region's, the CSV says the same, and a delegate sees their own
 * country's line and the medians only.
 */
@PortalTest
class ParticipationTests {

  /** A quarter no other test writes in, so the figures are this test's own. */
  static final String PERIOD = "2025-Q2";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;
  @Autowired TestPieces pieces;
  @Autowired TestLibrary library;
  @Autowired TestForum forum;
  @Autowired TestEvents events;
  @Autowired TestMemberStates states;
  @Autowired MemberStates memberStates;

  long account(PortalRole role, String country) {
    long id = accounts.create(TestAccounts.freshEmail("participation"), role);
    jdbc.sql("update account set country_code = ? where id = ?").param(country).param(id).update();
    return id;
  }

  PortalClient signedIn(PortalRole role, String country) {
    String email = TestAccounts.freshEmail("participation-" + role.name().toLowerCase());
    long id = accounts.create(email, role);
    jdbc.sql("update account set country_code = ? where id = ?").param(country).param(id).update();
    if (role == PortalRole.DELEGATE) {
      states.delegate(country, id, "Delegate", null);
    }
    PortalClient client = new PortalClient(port);
    client.signIn(email, TestAccounts.PASSWORD);
    return client;
  }

  void at(String sql, Object id, String when) {
    jdbc.sql(sql).param(when).param(id).update();
  }

  @Test
  void eachModulesFiguresLandInTheirCountrysLineAndPeriod() {
    // Jamaica, in the second quarter of 2025: two pieces, one plan uploaded and kept reviewed, a
    // forum post, one attendance, one delegate appointed and active.
    for (int i = 0; i < 2; i++) {
      long piece = pieces.submittedBySomeoneElse("Jamaican piece " + i);
      jdbc.sql(
              "update voices_piece set country_code = 'JM',"
                  + " submitted_at = '2025-05-0"
                  + (i + 1)
                  + "T12:00:00Z' where id = ?")
          .param(piece)
          .update();
    }
    // One outside the period does not count.
    long late = pieces.submittedBySomeoneElse("Jamaican piece in July");
    jdbc.sql(
            "update voices_piece set country_code = 'JM', submitted_at = '2025-07-01T00:00:00Z'"
                + " where id = ?")
        .param(late)
        .update();

    long plan = library.publishedPlan("PUBLIC", "JM", "Kingston contingency plan");
    jdbc.sql(
            "update library_version set uploaded_at = '2025-04-10T00:00:00Z' where document_id = ?")
        .param(plan)
        .update();
    jdbc.sql("update library_document set last_reviewed = '2025-04-11' where id = ?")
        .param(plan)
        .update();

    long poster = account(PortalRole.USER, "JM");
    long category = forum.category("Participation category", ForumAudience.PUBLIC);
    long topic = forum.topic(category, poster, PortalRole.USER, "Jamaican topic", "Text.");
    jdbc.sql("update forum_post set created_at = '2025-06-01T00:00:00Z' where topic_id = ?")
        .param(topic)
        .update();

    long event =
        events.seminarFor("Participation seminar", Instant.now().plusSeconds(86400), 9).id();
    jdbc.sql(
            "update event_item set starts_at = '2025-05-20T15:00:00Z',"
                + " ends_at = '2025-05-20T17:00:00Z' where id = ?")
        .param(event)
        .update();
    long attendee = account(PortalRole.USER, "JM");
    long absent = account(PortalRole.USER, "JM");
    for (long person : new long[] {attendee, absent}) {
      jdbc.sql(
              "insert into event_registration (event_id, account_id, status, language,"
                  + " registered_at, status_changed_at, attended) values (?, ?, 'CONFIRMED', 'en',"
                  + " now(), now(), ?)")
          .param(event)
          .param(person)
          .param(person == attendee)
          .update();
    }

    long delegate = account(PortalRole.DELEGATE, "JM");
    states.delegate("JM", delegate, "Delegate", null);
    jdbc.sql("update delegate set appointed_at = '2025-01-15T00:00:00Z' where account_id = ?")
        .param(delegate)
        .update();
    jdbc.sql("update account set last_sign_in_at = '2025-05-05T00:00:00Z' where id = ?")
        .param(delegate)
        .update();

    PortalClient editor = signedIn(PortalRole.EDITOR, "CR");
    Document page = Jsoup.parse(editor.get("/admin/participation?period=" + PERIOD).body());
    Element jamaica = page.selectFirst("tr[data-country=JM]");
    assertThat(jamaica).isNotNull();
    // Survey answers, plans uploaded, plans reviewed, pieces, forum posts, attendance, delegates
    // appointed, delegates active.
    assertThat(jamaica.select("td").eachText())
        .containsExactly("0", "1", "1", "2", "1", "1", "1", "1");
    assertThat(page.select("tbody tr[data-country]")).hasSize(35);
    // Nearly every other state has nothing this quarter: the region's median is zero.
    assertThat(page.select("tfoot td").eachText()).containsOnly("0");

    // The chart of pieces draws Jamaica's bar; its numbers are in the table beside it.
    Document chart =
        Jsoup.parse(editor.get("/admin/participation?period=" + PERIOD + "&measure=PIECES").body());
    assertThat(chart.select("svg.chart text").eachText()).contains("JM", "2");
    assertThat(chart.select("table.chart-table").text()).contains("Jamaica 2");

    // A year holds its quarters; the page of another year does not count them.
    Document year = Jsoup.parse(editor.get("/admin/participation?period=2025").body());
    assertThat(year.selectFirst("tr[data-country=JM]").select("td").get(3).text()).isEqualTo("3");

    PortalClient.Download csv = editor.download("/admin/participation.csv?period=" + PERIOD);
    assertThat(csv.status()).isEqualTo(200);
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text)
        .contains("Member state,Survey answers,Plans uploaded")
        .contains("Jamaica,0,1,1,2,1,1,1,1")
        .contains("Median of the region,0,0,0,0,0,0,0,0");
  }

  @Test
  void aDelegateSeesTheirOwnCountrysLineAndTheMediansOnly() {
    PortalClient delegate = signedIn(PortalRole.DELEGATE, "TT");
    long piece = pieces.submittedBySomeoneElse("Piece of another country");
    jdbc.sql(
            "update voices_piece set country_code = 'BB', submitted_at = '2025-05-03T00:00:00Z'"
                + " where id = ?")
        .param(piece)
        .update();

    Document own =
        Jsoup.parse(delegate.language("es").get("/account/participation?period=" + PERIOD).body());
    assertThat(own.select("table.participation thead th").eachText())
        .containsExactly(
            "Medida", memberStates.name("TT", Locale.forLanguageTag("es")), "Mediana de la región");
    assertThat(own.text()).doesNotContain("Barbados").doesNotContain("Jamaica");
    assertThat(own.select("table.participation tbody tr")).hasSize(8);

    // The secretariat's table and its CSV are not theirs; nor is any other country's line.
    assertThat(delegate.get("/admin/participation").status()).isEqualTo(403);
    assertThat(delegate.get("/admin/participation.csv").status()).isEqualTo(403);

    // Someone who is no delegate is refused; staff see that they have no country's line.
    assertThat(signedIn(PortalRole.USER, "TT").get("/account/participation").status())
        .isEqualTo(403);
    assertThat(signedIn(PortalRole.EDITOR, "TT").get("/account/participation").body())
        .contains("You are not a delegate of a member state");
  }

  @Test
  void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
    assertThat(Participation.median(new long[] {5, 0, 3})).isEqualTo(3.0);
    assertThat(Participation.median(new long[] {4, 0, 3, 1})).isEqualTo(2.0);
    assertThat(Participation.median(new long[] {1, 2})).isEqualTo(1.5);
    assertThat(Participation.median(new long[] {})).isZero();
    assertThat(ParticipationNumbers.plain(1.5)).isEqualTo("1.5");
    assertThat(ParticipationNumbers.plain(2.0)).isEqualTo("2");
  }
}
