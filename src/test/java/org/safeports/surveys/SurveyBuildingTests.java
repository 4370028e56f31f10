package org.safeports.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Building: questions are frozen when a survey opens, a change makes a new version that old answers
 * never read against; conditions only on earlier choices; the forms say what is wrong where.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyBuildingTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestSurveys surveys;
  @Autowired JdbcClient jdbc;

  long editorId;
  PortalClient editor;
  String delegateEmail;

  @BeforeAll
  void signIn() {
    String email = TestAccounts.freshEmail("builder");
    editorId = accounts.create(email, PortalRole.EDITOR);
    editor = new PortalClient(port);
    assertThat(editor.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    delegateEmail = TestAccounts.freshEmail("builder-pe");
    accounts.create(delegateEmail, PortalRole.DELEGATE);
  }

  @Test
  void anEditAfterOpeningMakesANewVersionAndOldAnswersReadTheirOwn() {
    TestSurveys.Made survey = surveys.open(SurveyAudience.STATES, "Versions", editorId);
    String v1 = surveys.definition(survey.id(), 1);
    PortalClient delegate = new PortalClient(port);
    delegate.signIn(delegateEmail, TestAccounts.PASSWORD);
    String path = "/surveys/" + survey.slug();
    delegate.post(path, "section", "0", "responseVersion", "-1", "q-q1", "o1", "q-q2", "Agency");

    assertThat(
            editor
                .post(
                    "/admin/surveys/" + survey.id() + "/questions/q1",
                    "kind",
                    "SINGLE",
                    "required",
                    "true",
                    "text[en]",
                    "Is there a plan approved by law?",
                    "options[en]",
                    "Approved\nIn preparation\nNone")
                .isRedirectTo("/admin/surveys/" + survey.id() + "/questions"))
        .isTrue();
    assertThat(surveys.versions(survey.id())).isEqualTo(2);
    assertThat(surveys.definition(survey.id(), 1)).as("frozen").isEqualTo(v1);
    assertThat(editor.get("/admin/surveys/" + survey.id() + "/questions").body())
        .contains("Publish version 2");
    assertThat(delegate.get(path).body())
        .as("respondents still get version 1 until it is published")
        .contains("Does your state have a national contingency plan?");

    editor.post("/admin/surveys/" + survey.id() + "/publish");
    assertThat(delegate.get(path + "/copy").body())
        .as("the started response keeps its version")
        .contains("Does your state have a national contingency plan?")
        .contains("Yes")
        .doesNotContain("approved by law");
    PortalClient brazil = new PortalClient(port);
    brazil.signIn("delegate.br@demo.safeports.org", "harbour-demo-2026");
    assertThat(brazil.get(path).body()).contains("Is there a plan approved by law?");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where action in ('SURVEY_OPENED',"
                        + " 'SURVEY_VERSION_PUBLISHED') and object_id = ?")
                .param(String.valueOf(survey.id()))
                .query(Integer.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void aConditionMayOnlyUseAnEarlierChoice() {
    TestSurveys.Made survey = surveys.draft(SurveyAudience.STATES, "Conditions", editorId);
    String form = "/admin/surveys/" + survey.id() + "/questions/q1";
    PortalClient.Response later =
        editor.post(
            form,
            "kind",
            "SINGLE",
            "text[en]",
            "First",
            "options[en]",
            "A\nB",
            "condition",
            "q2=o1");
    assertThat(later.status()).isEqualTo(200);
    assertThat(later.body()).contains("earlier single or multiple choice question");
    PortalClient.Response onText =
        editor.post(
            "/admin/surveys/" + survey.id() + "/questions/q3",
            "kind",
            "NUMBER",
            "text[en]",
            "Ports",
            "condition",
            "q2=o1");
    assertThat(onText.body()).contains("earlier single or multiple choice question");
    assertThat(
            editor
                .post(
                    "/admin/surveys/" + survey.id() + "/questions/q3",
                    "kind",
                    "NUMBER",
                    "text[en]",
                    "Ports",
                    "condition",
                    "q1=o2")
                .isRedirectTo("/admin/surveys/" + survey.id()))
        .isTrue();
    // Moving the question a condition uses below it would break the condition: refused.
    editor.post("/admin/surveys/" + survey.id() + "/move", "key", "s1", "delta", "1");
    assertThat(surveys.definition(survey.id(), 1).indexOf("\"s1\""))
        .isLessThan(surveys.definition(survey.id(), 1).indexOf("\"s2\""));
  }

  @Test
  void theFormsSayWhatIsWrongNextToTheFieldAndKeepWhatWasTyped() {
    PortalClient.Response noTitle =
        editor.post(
            "/admin/surveys/new",
            "originalLanguage",
            "es",
            "kind",
            "SURVEY",
            "audience",
            "STATES",
            "title[en]",
            "Only in English <b>bold</b>",
            "reminderLimit",
            "many",
            "reminderGapDays",
            "7",
            "privacyThreshold",
            "3");
    assertThat(noTitle.status()).isEqualTo(200);
    assertThat(noTitle.body())
        .contains("id=\"reminderLimit-error\"")
        .contains("Only in English &lt;b&gt;bold&lt;/b&gt;");
    PortalClient.Response original =
        editor.post(
            "/admin/surveys/new",
            "originalLanguage",
            "es",
            "kind",
            "SURVEY",
            "audience",
            "STATES",
            "title[en]",
            "Only in English",
            "reminderLimit",
            "2",
            "reminderGapDays",
            "7",
            "privacyThreshold",
            "3");
    assertThat(original.body()).contains("Give the title in the original language");
    TestSurveys.Made survey = surveys.draft(SurveyAudience.STATES, "Options", editorId);
    PortalClient.Response oneOption =
        editor.post(
            "/admin/surveys/" + survey.id() + "/sections/s1/questions/new",
            "kind",
            "MULTIPLE",
            "text[en]",
            "Which standards?",
            "options[en]",
            "ISO 28000");
    assertThat(oneOption.body()).contains("at least two options").contains("Which standards?");
    assertThat(editor.get("/admin/surveys/" + survey.id() + "/translations").body())
        .contains("Which agency keeps the plan?");
    assertThat(editor.get("/admin/surveys/" + survey.id() + "/preview?lang=en&q-q1=o1").body())
        .contains("Which agency keeps the plan?");
    assertThat(editor.get("/admin/surveys/" + survey.id() + "/preview?lang=en&q-q1=o2").body())
        .doesNotContain("Which agency keeps the plan?");
  }
}
