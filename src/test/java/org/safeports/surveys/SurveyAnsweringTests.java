package org.safeports.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Answering: a survey of the states is one response per state that its delegates share across
 * sessions; another state's delegate neither sees nor changes it; guessed addresses are refused.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyAnsweringTests {

  static final String DEMO_PASSWORD = "harbour-demo-2026";

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestSurveys surveys;

  long editorId;
  long peruDelegateId;
  String peruDelegateEmail;

  @BeforeAll
  void accounts() {
    editorId = accounts.create(TestAccounts.freshEmail("survey-editor"), PortalRole.EDITOR);
    peruDelegateEmail = TestAccounts.freshEmail("survey-pe");
    peruDelegateId = accounts.create(peruDelegateEmail, PortalRole.DELEGATE); // Peru
  }

  private PortalClient signedIn(String email, String password) {
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, password).isRedirectTo("/")).isTrue();
    return client;
  }

  private static String version(String page) {
    return page.replaceAll("(?s).*name=\"responseVersion\" value=\"(-?\\d+)\".*", "$1");
  }

  @Test
  void twoDelegatesOfOneStateContinueOneDraftAcrossSessions() {
    TestSurveys.Made survey = surveys.open(SurveyAudience.STATES, "Plans", editorId);
    String path = "/surveys/" + survey.slug();
    PortalClient first = signedIn(peruDelegateEmail, TestAccounts.PASSWORD);
    String page = first.get(path).body();
    assertThat(page).contains("Section 1 of 2").contains("Peru").doesNotContain("Which agency");
    PortalClient.Response saved =
        first.post(
            path, "section", "0", "responseVersion", version(page), "intent", "SAVE", "q-q1", "o1");
    assertThat(saved.isRedirectTo(path)).isTrue();

    // The condition now holds: the second question shows, on the server, for either delegate.
    PortalClient second = signedIn("delegate@demo.safeports.org", DEMO_PASSWORD);
    String theirs = second.get(path).body();
    assertThat(theirs).contains("Which agency").containsPattern("value=\"o1\"\\s+checked");
    assertThat(
            second
                .post(
                    path,
                    "section",
                    "0",
                    "responseVersion",
                    version(theirs),
                    "intent",
                    "NEXT",
                    "q-q1",
                    "o1",
                    "q-q2",
                    "Autoridad Portuaria Nacional")
                .isRedirectTo(path + "?section=1"))
        .isTrue();

    // A new session of the first delegate finds the other's answer and submits the state's.
    PortalClient again = signedIn(peruDelegateEmail, TestAccounts.PASSWORD);
    String last = again.get(path + "?section=1").body();
    assertThat(last).contains("Section 2 of 2");
    assertThat(again.get(path).body()).contains("Autoridad Portuaria Nacional");
    assertThat(
            again
                .post(
                    path,
                    "section",
                    "1",
                    "responseVersion",
                    version(last),
                    "intent",
                    "SUBMIT",
                    "q-q3",
                    "12")
                .isRedirectTo(path))
        .isTrue();
    List<Map<String, Object>> rows = surveys.responses(survey.id());
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("country_code")).isEqualTo("PE");
    assertThat(rows.get(0).get("account_id")).isNull();
    assertThat(rows.get(0).get("status")).isEqualTo("SUBMITTED");
    assertThat(((Number) rows.get(0).get("submitted_by_id")).longValue()).isEqualTo(peruDelegateId);
    assertThat(second.get(path).body()).contains("have been submitted");
    assertThat(second.get(path + "/copy").body())
        .contains("Autoridad Portuaria Nacional")
        .contains("12");
  }

  @Test
  void aSaveOnTopOfAnotherDelegatesKeepsWhatWasTyped() {
    TestSurveys.Made survey = surveys.open(SurveyAudience.STATES, "Conflict", editorId);
    String path = "/surveys/" + survey.slug();
    PortalClient first = signedIn(peruDelegateEmail, TestAccounts.PASSWORD);
    PortalClient second = signedIn("delegate@demo.safeports.org", DEMO_PASSWORD);
    String seenByFirst = first.get(path).body();
    String seenBySecond = second.get(path).body();
    first.post(
        path, "section", "0", "responseVersion", version(seenByFirst), "q-q1", "o1", "q-q2", "A");
    PortalClient.Response late =
        second.post(
            path,
            "section",
            "0",
            "responseVersion",
            version(seenBySecond),
            "q-q1",
            "o1",
            "q-q2",
            "Typed by the second delegate");
    assertThat(late.status()).isEqualTo(200);
    assertThat(late.body())
        .contains("Someone else saved these answers meanwhile")
        .contains("Typed by the second delegate");
    assertThat(surveys.responses(survey.id()).get(0).get("answers").toString())
        .contains("\"A\"")
        .doesNotContain("second delegate");
    // Saving again from the page shown keeps the second delegate's version.
    second.post(
        path,
        "section",
        "0",
        "responseVersion",
        version(late.body()),
        "q-q1",
        "o1",
        "q-q2",
        "Typed by the second delegate");
    assertThat(surveys.responses(survey.id()).get(0).get("answers").toString())
        .contains("second delegate");
  }

  @Test
  void anotherStatesDelegateNeitherSeesNorChangesTheDraft() {
    TestSurveys.Made survey = surveys.open(SurveyAudience.STATES, "Other state", editorId);
    String path = "/surveys/" + survey.slug();
    PortalClient peru = signedIn(peruDelegateEmail, TestAccounts.PASSWORD);
    String page = peru.get(path).body();
    peru.post(
        path, "section", "0", "responseVersion", version(page), "q-q1", "o1", "q-q2", "Peru text");
    PortalClient brazil = signedIn("delegate.br@demo.safeports.org", DEMO_PASSWORD);
    String theirs = brazil.get(path).body();
    assertThat(theirs)
        .contains("Brazil")
        .doesNotContain("Peru text")
        .doesNotContain("Which agency");
    brazil.post(path, "section", "0", "responseVersion", version(theirs), "q-q1", "o2");
    List<Map<String, Object>> rows = surveys.responses(survey.id());
    assertThat(rows).extracting(r -> r.get("country_code")).containsExactly("PE", "BR");
    assertThat(rows.get(0).get("answers").toString()).contains("Peru text");
    assertThat(brazil.get(path + "/copy").body()).doesNotContain("Peru text");
  }

  @Test
  void guessedAddressesAreRefused() {
    TestSurveys.Made open = surveys.open(SurveyAudience.STATES, "Guessed", editorId);
    TestSurveys.Made draft = surveys.draft(SurveyAudience.STATES, "Unopened", editorId);
    PortalClient user = signedIn("user@demo.safeports.org", DEMO_PASSWORD);
    assertThat(user.get("/surveys/" + open.slug()).status()).as("not asked").isEqualTo(404);
    assertThat(user.post("/surveys/" + open.slug(), "q-q1", "o1").status()).isEqualTo(404);
    assertThat(user.get("/surveys/" + open.slug() + "/copy").status()).isEqualTo(404);
    PortalClient peru = signedIn(peruDelegateEmail, TestAccounts.PASSWORD);
    assertThat(peru.get("/surveys/" + draft.slug()).status()).as("not opened").isEqualTo(404);
    assertThat(peru.get("/surveys/no-such-survey").status()).isEqualTo(404);
    assertThat(peru.get("/surveys/" + open.slug() + "/copy").status())
        .as("nothing answered yet")
        .isEqualTo(404);
    PortalClient visitor = new PortalClient(port);
    assertThat(visitor.get("/surveys/" + open.slug()).isRedirectTo("/sign-in")).isTrue();
    PortalClient editor = new PortalClient(port);
    String editorEmail = TestAccounts.freshEmail("survey-editor2");
    accounts.create(editorEmail, PortalRole.EDITOR);
    assertThat(editor.signIn(editorEmail, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    String page = peru.get("/surveys/" + open.slug()).body();
    peru.post("/surveys/" + open.slug(), "responseVersion", version(page), "q-q1", "o2");
    long responseId = ((Number) surveys.responses(open.id()).get(0).get("id")).longValue();
    assertThat(
            editor
                .post("/admin/surveys/" + draft.id() + "/responses/" + responseId + "/reopen")
                .status())
        .as("a response of another survey")
        .isEqualTo(404);
  }

  @Test
  void submittingChecksRequiredAndBoundsOverTheShownQuestionsOnly() {
    TestSurveys.Made survey = surveys.open(SurveyAudience.STATES, "Checks", editorId);
    String path = "/surveys/" + survey.slug();
    PortalClient peru = signedIn(peruDelegateEmail, TestAccounts.PASSWORD);
    String page = peru.get(path).body();
    // "No": the text question is not shown, so not required; the number is out of bounds.
    peru.post(path, "section", "0", "responseVersion", version(page), "q-q1", "o2");
    page = peru.get(path + "?section=1").body();
    PortalClient.Response refused =
        peru.post(
            path,
            "section",
            "1",
            "responseVersion",
            version(page),
            "intent",
            "SUBMIT",
            "q-q3",
            "250");
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("Enter a number from 0 to 100").contains("value=\"250\"");
    PortalClient.Response letters =
        peru.post(
            path,
            "section",
            "1",
            "responseVersion",
            version(refused.body()),
            "intent",
            "SAVE",
            "q-q3",
            "about ten");
    assertThat(letters.body()).contains("Enter a number").contains("value=\"about ten\"");
    assertThat(peru.get(path + "?section=1").body())
        .as("kept in the draft as typed")
        .contains("value=\"about ten\"");
    PortalClient.Response done =
        peru.post(
            path,
            "section",
            "1",
            "responseVersion",
            version(peru.get(path + "?section=1").body()),
            "intent",
            "SUBMIT",
            "q-q3",
            "40");
    assertThat(done.isRedirectTo(path)).isTrue();
    assertThat(surveys.responses(survey.id()).get(0).get("status")).isEqualTo("SUBMITTED");
  }

  @Test
  void aPublicLinkHoldsOneResponseAndWorksOnce() {
    TestSurveys.Made survey = surveys.open(SurveyAudience.PUBLIC, "Public", editorId);
    String path = "/surveys/" + survey.slug();
    PortalClient visitor = new PortalClient(port);
    assertThat(visitor.get(path).status()).as("no token").isEqualTo(404);
    assertThat(visitor.get(path + "?t=guessed-token").status()).isEqualTo(404);
    visitor.get("/");
    PortalClient.Response started = visitor.post(path + "/start");
    assertThat(started.isRedirectTo(path)).isTrue();
    String link = started.redirectPath();
    String token = link.replaceAll(".*[?&]t=([^&]+).*", "$1");
    String page = visitor.get(link).body();
    assertThat(page).contains("Section 1 of 2");
    visitor.post(
        path,
        "t",
        token,
        "section",
        "0",
        "responseVersion",
        version(page),
        "intent",
        "NEXT",
        "q-q1",
        "o2");
    page = visitor.get(path + "?section=1&t=" + token).body();
    assertThat(
            visitor
                .post(
                    path,
                    "t",
                    token,
                    "section",
                    "1",
                    "responseVersion",
                    version(page),
                    "intent",
                    "SUBMIT",
                    "q-q3",
                    "3")
                .isRedirectTo(path))
        .isTrue();
    assertThat(
            visitor
                .post(path, "t", token, "section", "1", "responseVersion", "1", "q-q3", "4")
                .isRedirectTo(path))
        .as("refused: already submitted")
        .isTrue();
    assertThat(surveys.responses(survey.id())).hasSize(1);
    assertThat(surveys.responses(survey.id()).get(0).get("answers").toString()).contains("3");
  }
}
