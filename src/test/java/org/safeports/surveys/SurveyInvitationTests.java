package org.safeports.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
class SurveyInvitationTests {

  @LocalServerPort int port;
  @Autowired TestSurveys surveys;
  @Autowired TestAccounts accounts;
  @Autowired SurveyInvitations invitations;
  @Autowired JdbcClient jdbc;

  private String delegate(String country, String language) {
    String email = TestAccounts.freshEmail("inv-" + country.toLowerCase());
    long id = accounts.create(email, PortalRole.DELEGATE);
    jdbc.sql("update account set country_code = ?, language = ? where id = ?")
        .params(country, language, id)
        .update();
    return email;
  }

  private Map<String, Object> invitation(long surveyId, String email) {
    return jdbc.sql(
            "select reminders_sent, last_reminded_at, last_call_sent_at, invited_at"
                + " from survey_invitation where survey_id = ? and email = ?")
        .params(surveyId, email)
        .query()
        .singleRow();
  }

  private long invitationsOf(long surveyId, String email) {
    return jdbc.sql("select count(*) from survey_invitation where survey_id = ? and email = ?")
        .params(surveyId, email)
        .query(Long.class)
        .single();
  }

  @Test
  void invitesOnceRemindsByTheRulesNeverThoseWhoAnsweredAndClosesAtTheEnd() throws Exception {
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    TestSurveys.Made survey =
        surveys.survey(
            SurveyAudience.STATES,
            "OPEN",
            3,
            TestSurveys.sample("Q?", "W?"),
            t0.minus(Duration.ofHours(1)),
            t0.plus(Duration.ofDays(20)),
            null);
    String peru = delegate("PE", "es");
    String peruToo = delegate("PE", "en");
    String costaRica = delegate("CR", "fr");
    MailReader mail = new MailReader(jdbc);

    invitations.runFor(survey.id(), t0);
    String body = mail.awaitLatest(peru, "survey.invitation", 0);
    assertThat(body).contains("/surveys/" + survey.slug()).contains("Encuesta " + survey.slug());
    mail.awaitLatest(costaRica, "survey.invitation", 0);
    assertThat(invitationsOf(survey.id(), peruToo)).isEqualTo(1);

    // Run again, as a second instance would: no one is invited twice.
    invitations.runFor(survey.id(), t0.plusSeconds(60));
    Thread.sleep(1500);
    assertThat(mail.count(peru, "survey.invitation")).isEqualTo(1);
    assertThat(invitationsOf(survey.id(), peru)).isEqualTo(1);

    // Peru answers (through its first delegate): neither of its delegates is reminded.
    long peruId = accounts.idOf(peru);
    surveys.response(survey, peruId, "PE", "SUBMITTED", Answers.NONE);

    invitations.runFor(survey.id(), t0.plus(Duration.ofDays(6)));
    assertThat(invitation(survey.id(), costaRica).get("reminders_sent")).isEqualTo(0);

    invitations.runFor(survey.id(), t0.plus(Duration.ofDays(7)).plusSeconds(60));
    invitations.runFor(survey.id(), t0.plus(Duration.ofDays(7)).plusSeconds(120));
    mail.awaitLatest(costaRica, "survey.reminder", 0);
    assertThat(invitation(survey.id(), costaRica).get("reminders_sent")).isEqualTo(1);
    assertThat(invitation(survey.id(), peru).get("reminders_sent")).isEqualTo(0);
    assertThat(invitation(survey.id(), peruToo).get("reminders_sent")).isEqualTo(0);

    // At least seven days apart, at most two.
    invitations.runFor(survey.id(), t0.plus(Duration.ofDays(10)));
    assertThat(invitation(survey.id(), costaRica).get("reminders_sent")).isEqualTo(1);
    invitations.runFor(survey.id(), t0.plus(Duration.ofDays(15)));
    assertThat(invitation(survey.id(), costaRica).get("reminders_sent")).isEqualTo(2);
    invitations.runFor(survey.id(), t0.plus(Duration.ofDays(17)).plusSeconds(3600));
    assertThat(invitation(survey.id(), costaRica).get("reminders_sent")).isEqualTo(2);

    // The last call, two days before the end, once.
    invitations.runFor(survey.id(), t0.plus(Duration.ofDays(18)).plusSeconds(60));
    invitations.runFor(survey.id(), t0.plus(Duration.ofDays(18)).plusSeconds(120));
    String last = mail.awaitLatest(costaRica, "survey.lastCall", 0);
    assertThat(last).contains("/surveys/" + survey.slug());
    Thread.sleep(1000);
    assertThat(mail.count(costaRica, "survey.lastCall")).isEqualTo(1);
    assertThat(mail.count(peru, "survey.lastCall")).isZero();
    assertThat(mail.count(costaRica, "survey.reminder")).isEqualTo(2);

    invitations.runFor(survey.id(), t0.plus(Duration.ofDays(20)).plusSeconds(1));
    assertThat(
            jdbc.sql("select status from survey where id = ?")
                .param(survey.id())
                .query(String.class)
                .single())
        .isEqualTo("CLOSED");
  }

  @Test
  void aSurveyNotYetOpenInvitesNoOneAndTheEditorSeesUndeliverableMail() {
    Instant now = Instant.now();
    TestSurveys.Made later =
        surveys.survey(
            SurveyAudience.PFSOS,
            "OPEN",
            3,
            TestSurveys.sample("Q?", "W?"),
            now.plus(Duration.ofDays(3)),
            null,
            null);
    String pfso = TestAccounts.freshEmail("inv-pfso");
    accounts.create(pfso, PortalRole.PFSO);
    invitations.run(now);
    assertThat(invitationsOf(later.id(), pfso)).isZero();

    invitations.runFor(later.id(), now.plus(Duration.ofDays(3)).plusSeconds(1));
    assertThat(invitationsOf(later.id(), pfso)).isEqualTo(1);
    long id =
        jdbc.sql("select id from survey_invitation where survey_id = ? and email = ?")
            .params(later.id(), pfso)
            .query(Long.class)
            .single();
    invitations.undeliverable(id, now);
    invitations.undeliverable(id, now.plusSeconds(60));

    PortalClient editor = new PortalClient(port);
    String email = TestAccounts.freshEmail("inv-editor");
    accounts.create(email, PortalRole.EDITOR);
    editor.signIn(email, TestAccounts.PASSWORD);
    String page = editor.get("/admin/surveys/" + later.id() + "/invitations").body();
    assertThat(page).contains(pfso).contains("Mail undeliverable");
  }
}
