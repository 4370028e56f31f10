package org.safeports.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PortalTest
class SurveyParticipationTests {

  @LocalServerPort int port;
  @Autowired TestSurveys surveys;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired SurveyParticipation participation;

  PortalClient signedIn(PortalRole role) {
    PortalClient client = new PortalClient(port);
    String email = TestAccounts.freshEmail("part-" + role.name().toLowerCase());
    accounts.create(email, role);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  @Test
  void eachStateIsAnsweredStartedOrNotOpenedWithItsLastReminder() {
    TestSurveys.Made survey =
        surveys.survey(SurveyAudience.STATES, "OPEN", 3, TestSurveys.sample("Q?", "W?"));
    long delegate = accounts.create(TestAccounts.freshEmail("part-d"), PortalRole.DELEGATE);
    surveys.response(survey, delegate, "PE", "SUBMITTED", Answers.NONE);
    surveys.response(survey, delegate, "CR", "DRAFT", Answers.NONE);
    jdbc.sql(
            "insert into survey_invitation (survey_id, email, country_code, invited_at,"
                + " reminders_sent, last_reminded_at)"
                + " values (?, ?, 'MX', now(), 1, timestamp with time zone '2026-11-20 10:00Z')")
        .params(survey.id(), TestAccounts.freshEmail("part-mx"))
        .update();
    PortalClient editor = signedIn(PortalRole.EDITOR);
    String page = editor.get("/admin/surveys/" + survey.id() + "/participation").body();
    assertThat(page)
        .containsPattern("<th scope=\"row\">Peru</th>\\s*<td[^>]*>Answered</td>")
        .containsPattern("<th scope=\"row\">Costa Rica</th>\\s*<td[^>]*>Started</td>")
        .containsPattern(
            "<th scope=\"row\">Mexico</th>\\s*<td[^>]*>Not opened</td>\\s*<td[^>]*>\\s*<time datetime=\"2026-11-20T10:00:00Z\"");

    String all = editor.get("/admin/surveys/participation").body();
    assertThat(all).contains("Survey " + survey.slug()).contains("Peru").contains("Mexico");

    assertThat(signedIn(PortalRole.DELEGATE).get("/admin/surveys/participation").status())
        .isEqualTo(403);
  }

  @Test
  void membersSeeOnCountryPagesWhichClosedSurveysTheStateAnsweredThePublicDoesNot() {
    TestSurveys.Made survey =
        surveys.survey(SurveyAudience.STATES, "CLOSED", 3, TestSurveys.sample("Q?", "W?"));
    long delegate = accounts.create(TestAccounts.freshEmail("part-c"), PortalRole.DELEGATE);
    surveys.response(survey, delegate, "PA", "SUBMITTED", Answers.NONE);
    String title = "Survey " + survey.slug();
    assertThat(signedIn(PortalRole.ASSOCIATE).get("/members/pa").body())
        .contains("Surveys answered")
        .contains(title);
    assertThat(signedIn(PortalRole.ASSOCIATE).get("/members/cr").body()).doesNotContain(title);
    assertThat(new PortalClient(port).get("/members/pa").body()).doesNotContain("Surveys answered");
  }

  @Test
  void membersSeeTheMapShadedByParticipationWithTheNumbersInWordsVisitorsDoNot() {
    TestSurveys.Made survey =
        surveys.survey(SurveyAudience.STATES, "OPEN", 3, TestSurveys.sample("Q?", "W?"));
    long delegate = accounts.create(TestAccounts.freshEmail("part-map"), PortalRole.DELEGATE);
    surveys.response(survey, delegate, "PE", "SUBMITTED", Answers.NONE);
    surveys.response(survey, delegate, "CR", "DRAFT", Answers.NONE);
    SurveyParticipation.Overview overview = participation.overview(Locale.forLanguageTag("es"));
    int opened = overview.surveys().size();
    SurveyParticipation.OverviewRow peru =
        overview.rows().stream().filter(r -> r.code().equals("PE")).findFirst().orElseThrow();

    String page = signedIn(PortalRole.ASSOCIATE).language("es").get("/members").body();
    assertThat(page)
        .contains("class=\"americas-map shaded\"")
        .contains("Encuestas respondidas (de " + opened + " abiertas)")
        .contains("Ninguna respondida")
        .contains("Menos de la mitad respondidas")
        .contains("La mitad o más respondidas")
        .contains("Todas respondidas");
    // The shade is also in words: in the state's label on the map and in the table's column.
    String peruText = "respondió " + peru.answered() + " de " + opened;
    assertThat(page)
        .containsPattern(
            "class=\"state[a-z ]* shade-"
                + SurveyMapShading.level(peru.answered(), opened)
                + "\"[^>]*aria-label=\"Perú[^\"]*· "
                + peruText)
        .containsPattern("<td data-label=\"Encuestas respondidas[^\"]*\">" + peruText);
    assertThat(page).containsPattern(", \\d+ empezadas?");

    String visitor = new PortalClient(port).language("es").get("/members").body();
    assertThat(visitor).doesNotContain("shaded").doesNotContain("Encuestas respondidas");
    assertThat(signedIn(PortalRole.USER).get("/members").body()).doesNotContain("shaded");
  }

  @Test
  void theShadeStepsAreNoneFewerThanHalfHalfOrMoreAndAll() {
    assertThat(SurveyMapShading.level(0, 3)).isZero();
    assertThat(SurveyMapShading.level(1, 3)).isEqualTo(1);
    assertThat(SurveyMapShading.level(2, 3)).isEqualTo(2);
    assertThat(SurveyMapShading.level(1, 2)).isEqualTo(2);
    assertThat(SurveyMapShading.level(3, 3)).isEqualTo(3);
  }
}
