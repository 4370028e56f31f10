package org.safeports.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.library.TestLibrary;
import org.safeports.membership.TestMemberStates;
import org.safeports.platform.CountryWaitingSource.Waiting;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.MailReader;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.safeports.surveys.Answers;
import org.safeports.surveys.SurveyAudience;
import org.safeports.surveys.TestSurveys;
import org.safeports.voices.TestPieces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monthly summary mail: each delegate gets their country's figures beside the region's median,
 * in their language, and what waits for it (open surveys it has not answered, plans past their
 * review), through the outbox; never twice for one month; not at all once they untick the box on
 * their participation page or their account's mail settings (one stored choice).
 */
@PortalTest
class MonthlySummaryTests {

  static final YearMonth MONTH = YearMonth.of(2025, 3);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;
  @Autowired TestMemberStates states;
  @Autowired TestPieces pieces;
  @Autowired MonthlySummaries summaries;
  @Autowired TestSurveys surveys;
  @Autowired TestLibrary library;
  @Autowired CountryWaiting waiting;

  String delegate(String country, String language) {
    String email = TestAccounts.freshEmail("summary-delegate");
    long id = accounts.create(email, PortalRole.DELEGATE);
    jdbc.sql("update account set country_code = ?, language = ? where id = ?")
        .param(country)
        .param(language)
        .param(id)
        .update();
    states.delegate(country, id, "Delegate", null);
    return email;
  }

  @Test
  void eachDelegateGetsTheirCountrysMonthOnceInTheirLanguage() {
    String guyana = delegate("GY", "es");
    long piece = pieces.submittedBySomeoneElse("Piece from Guyana");
    jdbc.sql(
            "update voices_piece set country_code = 'GY', submitted_at = '2025-03-10T00:00:00Z'"
                + " where id = ?")
        .param(piece)
        .update();
    MailReader mail = new MailReader(jdbc);

    summaries.send(MONTH);
    String body = mail.awaitLatest(guyana, "participation.summary", 0);
    assertThat(body)
        .contains("Guyana")
        .contains("marzo 2025")
        .contains("Artículos de Port Voices: 1 (mediana 0)")
        .contains("Respuestas a encuestas: 0 (mediana 0)")
        .contains("/account/participation");

    // A second run of the same month (another instance, a retry) sends nothing more.
    summaries.send(MONTH);
    summaries.send(MONTH);
    assertThat(
            jdbc.sql(
                    "select count(*) from participation_summary_sent s join account a"
                        + " on a.id = s.account_id where a.email = ?")
                .param(guyana)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(mail.count(guyana, "participation.summary")).isEqualTo(1);
  }

  @Test
  void aDelegateWhoUntickedTheBoxGetsNoSummary() throws InterruptedException {
    String suriname = delegate("SR", "en");
    PortalClient client = new PortalClient(port);
    client.signIn(suriname, TestAccounts.PASSWORD);
    String page = client.get("/account/participation").body();
    assertThat(page).contains("name=\"monthly\"").contains("checked");
    // The box unticked: a browser sends no field at all.
    client.post("/account/participation/mail");
    assertThat(client.get("/account/participation").body())
        .contains("Your choice of the monthly summary is saved.")
        .doesNotContain("checked=\"checked\"");

    String other = delegate("BS", "fr");
    MailReader mail = new MailReader(jdbc);
    summaries.send(YearMonth.of(2025, 2));
    mail.awaitLatest(other, "participation.summary", 0);
    assertThat(mail.count(suriname, "participation.summary")).isZero();

    // Ticked again, the next month's comes.
    client.post("/account/participation/mail", "monthly", "true");
    summaries.send(YearMonth.of(2025, 1));
    assertThat(mail.awaitLatest(suriname, "participation.summary", 0))
        .contains("Suriname")
        .contains("January 2025");
  }

  @Test
  void theSummaryTellsWhatWaitsForTheCountry() {
    String belize = delegate("BZ", "fr");
    long editor = accounts.create(TestAccounts.freshEmail("summary-editor"), PortalRole.EDITOR);
    long before = waiting.of("BZ").get(Waiting.SURVEYS_UNANSWERED);
    long plansBefore = waiting.of("BZ").get(Waiting.PLANS_REVIEW_DUE);
    // Two open surveys to member states: Belize answered one; a draft answer is no answer.
    TestSurveys.Made answered = surveys.open(SurveyAudience.STATES, "Answered", editor);
    TestSurveys.Made begun = surveys.open(SurveyAudience.STATES, "Begun", editor);
    surveys.response(answered, editor, "BZ", "SUBMITTED", new Answers(Map.of()));
    surveys.response(begun, editor, "BZ", "DRAFT", new Answers(Map.of()));
    // An open survey to PFSOs is not the state's to answer.
    surveys.open(SurveyAudience.PFSOS, "Facilities", editor);
    // A plan of Belize past its yearly review, another reviewed last month, one of Guatemala.
    long late = library.publishedPlan("DELEGATES", "BZ", "Belize City plan");
    long recent = library.publishedPlan("DELEGATES", "BZ", "Belmopan plan");
    long other = library.publishedPlan("DELEGATES", "GT", "Puerto Quetzal plan");
    jdbc.sql("update library_document set last_reviewed = current_date - 400 where id in (?, ?)")
        .params(late, other)
        .update();
    jdbc.sql("update library_document set last_reviewed = current_date - 30 where id = ?")
        .param(recent)
        .update();

    assertThat(waiting.of("BZ"))
        .containsEntry(Waiting.SURVEYS_UNANSWERED, before + 1)
        .containsEntry(Waiting.PLANS_REVIEW_DUE, plansBefore + 1);
    MailReader mail = new MailReader(jdbc);
    summaries.send(YearMonth.of(2024, 11));
    assertThat(mail.awaitLatest(belize, "participation.summary", 0))
        .contains("Ce qui attend Belize maintenant :")
        .contains("Enquêtes ouvertes auxquelles votre pays n'a pas répondu : " + (before + 1))
        .contains("Plans dont la révision annuelle est dépassée : " + (plansBefore + 1));
  }

  @Test
  void theChoiceIsAlsoOnTheAccountsMailSettingsOneStoredPreference() {
    String panama = delegate("PA", "es");
    PortalClient client = new PortalClient(port);
    client.signIn(panama, TestAccounts.PASSWORD);
    assertThat(client.get("/account").body()).contains("href=\"/account/notifications\"");
    String settings = client.get("/account/notifications").body();
    assertThat(settings)
        .contains("id=\"summary-mail\"")
        .contains("action=\"/account/notifications/summary\"")
        .contains("checked")
        // The secretariat's choices of mail about waiting work are not a delegate's.
        .doesNotContain("name=\"plan\"");

    // Unticked on the mail settings: unticked on the participation page too, and no summary.
    client.post("/account/notifications/summary");
    assertThat(client.get("/account/notifications").body())
        .contains("Your choice of the monthly summary is saved.")
        .doesNotContain("checked=\"checked\"");
    assertThat(client.get("/account/participation").body()).doesNotContain("checked=\"checked\"");
    MailReader mail = new MailReader(jdbc);
    String other = delegate("CO", "pt");
    summaries.send(YearMonth.of(2024, 10));
    mail.awaitLatest(other, "participation.summary", 0);
    assertThat(mail.count(panama, "participation.summary")).isZero();

    // Ticked again on the participation page: the mail settings show it, and the summary comes,
    // its opt-out link to the mail settings.
    client.post("/account/participation/mail", "monthly", "true");
    assertThat(client.get("/account/notifications").body()).contains("checked=\"checked\"");
    summaries.send(YearMonth.of(2024, 9));
    assertThat(mail.awaitLatest(panama, "participation.summary", 0))
        .contains("/account/notifications#summary-mail");
  }
}
