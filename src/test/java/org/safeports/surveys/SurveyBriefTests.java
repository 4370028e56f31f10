package org.safeports.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
class SurveyBriefTests {

  @LocalServerPort int port;
  @Autowired TestSurveys surveys;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  PortalClient signedIn(PortalRole role, String email) {
    PortalClient client = new PortalClient(port);
    accounts.create(email, role);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  PortalClient signedIn(PortalRole role) {
    return signedIn(role, TestAccounts.freshEmail("brief-" + role.name().toLowerCase()));
  }

  TestSurveys.Made answered() {
    TestSurveys.Made survey =
        surveys.survey(SurveyAudience.STATES, "CLOSED", 2, TestSurveys.sample("Used?", "Why?"));
    long delegate = accounts.create(TestAccounts.freshEmail("brief-d"), PortalRole.DELEGATE);
    for (String country : List.of("PE", "CR", "PA")) {
      surveys.response(
          survey,
          delegate,
          country,
          "SUBMITTED",
          new Answers(
              Map.of(
                  "iso", Answer.ofChoices(List.of("yes"), null),
                  "why", Answer.ofText("secret words of " + country))));
    }
    return survey;
  }

  @Test
  void theEditorPublishesAndAMemberReadsWithTheChosenChartInTheirLanguage() {
    TestSurveys.Made survey = answered();
    String invited = TestAccounts.freshEmail("brief-invited");
    long invitedId = accounts.create(invited, PortalRole.DELEGATE);
    jdbc.sql(
            "insert into survey_invitation (survey_id, account_id, email, country_code, invited_at)"
                + " values (?, ?, ?, 'PE', now())")
        .params(survey.id(), invitedId, invited)
        .update();
    PortalClient editor = signedIn(PortalRole.EDITOR);
    String path = "/admin/surveys/" + survey.id() + "/brief";

    // Without the original language's summary: the error is next to it, the choices kept.
    PortalClient.Response refused =
        editor.post(path, "summaryEn", "", "charts", "iso", "publicBrief", "true");
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("Write the summary in the survey");
    assertThat(
            org.jsoup.Jsoup.parse(refused.body())
                .select("input[name=publicBrief]")
                .hasAttr("checked"))
        .isTrue();

    assertThat(
            editor
                .post(path, "summaryEn", "All **three** answered. <script>alert(1)</script>")
                .isRedirectTo(path))
        .isTrue();
    // The Spanish translation, written on its own screen before publishing.
    String es = path + "/translations/es";
    String basedOn =
        org.jsoup.Jsoup.parse(editor.get(es).body()).select("input[name=basedOn]").val();
    assertThat(
            editor
                .post(es, "summary", "Los **tres** respondieron.", "basedOn", basedOn)
                .isRedirectTo(es))
        .isTrue();

    PortalClient.Response saved =
        editor.post(
            path,
            "summaryEn",
            "All **three** answered. <script>alert(1)</script>",
            "charts",
            "iso",
            "publish",
            "true");
    assertThat(saved.isRedirectTo(path)).isTrue();
    new MailReader(jdbc).awaitLatest(invited, "survey.brief", 0);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where action = 'SURVEY_BRIEF_PUBLISHED'"
                        + " and object_id = ?")
                .param(String.valueOf(survey.id()))
                .query(Long.class)
                .single())
        .isEqualTo(1);

    PortalClient associate = signedIn(PortalRole.ASSOCIATE);
    String english = associate.get("/surveys/" + survey.slug() + "/brief").body();
    assertThat(english)
        .contains("<strong>three</strong>")
        .doesNotContain("<script>alert(1)")
        .contains("role=\"img\"")
        .contains("Yes · 3 (100 %)")
        .doesNotContain("secret words");
    String spanish = associate.language("es").get("/surveys/" + survey.slug() + "/brief").body();
    assertThat(spanish).contains("Los <strong>tres</strong> respondieron.");
    String french = associate.language("fr").get("/surveys/" + survey.slug() + "/brief").body();
    assertThat(french).contains("pas encore été traduite").contains("<strong>three</strong>");

    // Members only: a visitor is sent to sign in, a registered user refused.
    assertThat(new PortalClient(port).get("/surveys/" + survey.slug() + "/brief").status())
        .isIn(302, 303);
    assertThat(signedIn(PortalRole.USER).get("/surveys/" + survey.slug() + "/brief").status())
        .isEqualTo(403);

    // The original changes: the Spanish translation is marked stale.
    editor.post(path, "summaryEn", "Now different.");
    assertThat(editor.get(es).body()).contains("has changed since this translation");
  }

  @Test
  void anUnpublishedOrUnknownBriefIsNotFound() {
    TestSurveys.Made survey = answered();
    PortalClient associate = signedIn(PortalRole.ASSOCIATE);
    assertThat(associate.get("/surveys/" + survey.slug() + "/brief").status()).isEqualTo(404);
    assertThat(associate.get("/surveys/no-such-survey/brief").status()).isEqualTo(404);
  }
}
