package org.safeports.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyResultsTests {

  @LocalServerPort int port;
  @Autowired TestSurveys surveys;
  @Autowired TestAccounts accounts;

  TestSurveys.Made survey;
  PortalClient editor;

  static Answers answers(String choice, String other, String text, int ports, String cargo) {
    return new Answers(
        Map.of(
            "iso", Answer.ofChoices(choice == null ? List.of() : List.of(choice), other),
            "why", Answer.ofText(text),
            "ports", Answer.ofNumber(BigDecimal.valueOf(ports)),
            "grid", Answer.ofMatrix(Map.of("cargo", cargo))));
  }

  @BeforeAll
  void answersFromThreeStatesAndADraft() {
    survey =
        surveys.survey(
            SurveyAudience.STATES, "OPEN", 2, TestSurveys.sample("Do you use ISO 28000?", "Why?"));
    long pe = accounts.create(TestAccounts.freshEmail("res-pe"), PortalRole.DELEGATE);
    surveys.response(
        survey, pe, "PE", "SUBMITTED", answers("yes", null, "=HYPERLINK(\"x\")", 4, "high"));
    surveys.response(
        survey, pe, "CR", "SUBMITTED", answers("yes", null, "<b>bold</b> plan", 2, "low"));
    surveys.response(survey, pe, "PA", "SUBMITTED", answers("no", "Partly", "Not yet", 9, "high"));
    surveys.response(survey, pe, "CA", "DRAFT", answers("no", null, "Draft words", 1, "low"));
    editor = signedIn(PortalRole.EDITOR);
  }

  PortalClient signedIn(PortalRole role) {
    PortalClient client = new PortalClient(port);
    String email = TestAccounts.freshEmail("res-" + role.name().toLowerCase());
    accounts.create(email, role);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  @Test
  void countsAndPercentagesOfSubmittedAnswersOnlyWithAChartAndATable() {
    String page = editor.get("/admin/surveys/" + survey.id() + "/results").body();
    assertThat(page).contains("3 answers submitted").contains("1 draft not yet submitted");
    // Two of three said yes: 67 %, one no: 33 %; the draft is not counted.
    assertThat(page).contains("Yes · 2 (67 %)").contains("No · 1 (33 %)");
    assertThat(page).contains("role=\"img\"").contains("<title id=\"q0-title\"");
    assertThat(page)
        .containsPattern("<th scope=\"row\">Yes</th>\\s*<td[^>]*>2</td>\\s*<td[^>]*>67 %</td>");
    // Numbers: lowest, median, highest; matrix counts per row; "other" texts listed.
    assertThat(page)
        .containsPattern("Lowest</dt><dd>2</dd>")
        .containsPattern("Median</dt><dd>4</dd>");
    assertThat(page).containsPattern("Highest</dt><dd>9</dd>");
    assertThat(page).contains("<li>Partly</li>");
    assertThat(page).doesNotContain("Draft words");
  }

  @Test
  void freeTextIsListedEscaped() {
    String page = editor.get("/admin/surveys/" + survey.id() + "/results").body();
    assertThat(page).contains("&lt;b&gt;bold&lt;/b&gt; plan").doesNotContain("<b>bold</b>");
  }

  @Test
  void aCountryBelowTheThresholdIsHiddenAndSaysSo() {
    String page = editor.get("/admin/surveys/" + survey.id() + "/results?country=PE").body();
    assertThat(page).contains("results are not shown").doesNotContain("Yes · 1");
    assertThat(page).contains("Hidden: too few answers");
    byte[] csv =
        editor.download("/admin/surveys/" + survey.id() + "/results.csv?country=PE").body();
    assertThat(new String(csv, StandardCharsets.UTF_8).lines().count()).isEqualTo(1);
  }

  @Test
  void aFilterThatKeepsEnoughAnswersShowsThem() {
    TestSurveys.Made open =
        surveys.survey(SurveyAudience.REGISTERED, "OPEN", 1, TestSurveys.sample("Q?", "W?"));
    long user = accounts.create(TestAccounts.freshEmail("res-user"), PortalRole.USER);
    long pfso = accounts.create(TestAccounts.freshEmail("res-pfso"), PortalRole.PFSO);
    surveys.response(open, user, null, "SUBMITTED", answers("yes", null, "u", 1, "low"));
    surveys.response(open, pfso, null, "SUBMITTED", answers("no", null, "p", 1, "low"));
    String byRole = editor.get("/admin/surveys/" + open.id() + "/results?role=PFSO").body();
    assertThat(byRole).contains("1 answer submitted").contains("No · 1 (100 %)");
    String byCountry = editor.get("/admin/surveys/" + open.id() + "/results?country=CR").body();
    assertThat(byCountry).contains("2 answers submitted");
    String unknown =
        editor.get("/admin/surveys/" + open.id() + "/results?country=ZZ&role=EDITOR").body();
    assertThat(unknown).contains("2 answers submitted");
  }

  @Test
  void theCsvNeutralisesFormulasAndTheSpreadsheetOpens() throws Exception {
    PortalClient.Download csv = editor.download("/admin/surveys/" + survey.id() + "/results.csv");
    assertThat(csv.status()).isEqualTo(200);
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text)
        .contains("'=HYPERLINK")
        .doesNotContain(",=HYPERLINK")
        .doesNotContain("\"=HYPERLINK");
    assertThat(text.lines().count()).isEqualTo(4);
    PortalClient.Download xlsx = editor.download("/admin/surveys/" + survey.id() + "/results.xlsx");
    assertThat(xlsx.status()).isEqualTo(200);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).startsWith("iso ");
      assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Yes");
    }
  }

  @Test
  void onlyTheSecretariatReadsResults() {
    PortalClient delegate = signedIn(PortalRole.DELEGATE);
    assertThat(delegate.get("/admin/surveys/" + survey.id() + "/results").status()).isEqualTo(403);
    assertThat(delegate.download("/admin/surveys/" + survey.id() + "/results.csv").status())
        .isEqualTo(403);
    assertThat(editor.get("/admin/surveys/999999999/results").status()).isEqualTo(404);
  }

  @Test
  void aLaterWaveIsComparedWithTheEarlierOne() {
    TestSurveys.Made later =
        surveys.survey(
            SurveyAudience.STATES,
            "OPEN",
            1,
            TestSurveys.sample("Do you use ISO 28000?", "Why?"),
            null,
            null,
            survey.id());
    long pe = accounts.create(TestAccounts.freshEmail("res-wave"), PortalRole.DELEGATE);
    surveys.response(later, pe, "PE", "SUBMITTED", answers("yes", null, "Now yes", 5, "high"));
    String page = editor.get("/admin/surveys/" + later.id() + "/results").body();
    assertThat(page).contains("Earlier wave").contains("compared with the earlier wave");
    assertThat(page)
        .containsPattern(
            "<th scope=\"row\">Yes</th>\\s*<td[^>]*>1</td>\\s*<td[^>]*>100 %</td>\\s*<td[^>]*>67 %</td>");
  }

  @Test
  void theRoleFilterIsOfferedOnlyWhereTheAudienceMixesRoles() {
    String states = editor.get("/admin/surveys/" + survey.id() + "/results").body();
    assertThat(states).doesNotContain("name=\"role\"").doesNotContain("Answers by role");
    // A role the audience does not tell apart is no filter: all three answers count.
    assertThat(editor.get("/admin/surveys/" + survey.id() + "/results?role=PFSO").body())
        .contains("3 answers submitted");

    TestSurveys.Made mixed =
        surveys.survey(SurveyAudience.ASSOCIATES, "OPEN", 1, TestSurveys.sample("Q?", "W?"));
    long associate = accounts.create(TestAccounts.freshEmail("res-assoc"), PortalRole.ASSOCIATE);
    long delegate = accounts.create(TestAccounts.freshEmail("res-deleg"), PortalRole.DELEGATE);
    surveys.response(mixed, associate, null, "SUBMITTED", answers("yes", null, "a", 1, "low"));
    surveys.response(mixed, delegate, null, "SUBMITTED", answers("no", null, "d", 1, "low"));
    String page = editor.get("/admin/surveys/" + mixed.id() + "/results").body();
    assertThat(page)
        .contains("name=\"role\"")
        .contains("<option value=\"DELEGATE\"")
        .contains("<option value=\"ASSOCIATE\"")
        .doesNotContain("<option value=\"PFSO\"")
        .contains("Answers by role")
        .containsPattern("role=ASSOCIATE\">Associate members</a></th>\\s*<td[^>]*>1</td>");
    assertThat(editor.get("/admin/surveys/" + mixed.id() + "/results?role=DELEGATE").body())
        .contains("1 answer submitted")
        .contains("No · 1 (100 %)");
  }

  @Test
  void aRoleWithFewerAnswersThanTheThresholdIsHiddenAsACountryIs() {
    TestSurveys.Made open =
        surveys.survey(SurveyAudience.REGISTERED, "OPEN", 2, TestSurveys.sample("Q?", "W?"));
    for (int i = 0; i < 2; i++) {
      long user = accounts.create(TestAccounts.freshEmail("res-thr-user"), PortalRole.USER);
      surveys.response(open, user, null, "SUBMITTED", answers("yes", null, "u", 1, "low"));
    }
    long pfso = accounts.create(TestAccounts.freshEmail("res-thr-pfso"), PortalRole.PFSO);
    surveys.response(open, pfso, null, "SUBMITTED", answers("no", null, "The one PFSO", 1, "low"));
    String lone = editor.get("/admin/surveys/" + open.id() + "/results?role=PFSO").body();
    assertThat(lone).contains("results are not shown").doesNotContain("The one PFSO");
    byte[] csv = editor.download("/admin/surveys/" + open.id() + "/results.csv?role=PFSO").body();
    assertThat(new String(csv, StandardCharsets.UTF_8).lines().count()).isEqualTo(1);
    String users = editor.get("/admin/surveys/" + open.id() + "/results?role=USER").body();
    assertThat(users).contains("2 answers submitted").contains("Yes · 2 (100 %)");
  }
}
