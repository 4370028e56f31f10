package org.safeports.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.safeports.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The survey pages cost the same statements however many surveys, answers and questions there are:
 * each page of a survey with four questions and four answers costs what it costs for a survey with
 * forty questions and a dozen answers, and the lists cost the same after more surveys are opened.
 */
@PortalTest
class SurveyPagesQueryCountTests {

  /** A survey's own pages, for the secretariat; {id} is the survey's. */
  static final List<String> EDITOR_PAGES =
      List.of(
          "/admin/surveys/{id}",
          "/admin/surveys/{id}/questions",
          "/admin/surveys/{id}/preview",
          "/admin/surveys/{id}/translations",
          "/admin/surveys/{id}/results",
          "/admin/surveys/{id}/results?role=PFSO",
          "/admin/surveys/{id}/participation",
          "/admin/surveys/{id}/invitations",
          "/admin/surveys/{id}/brief");

  @LocalServerPort int port;
  @Autowired TestSurveys surveys;
  @Autowired TestAccounts accounts;

  @Test
  void theSurveyPagesCostTheSameWithMoreSurveysAnswersAndQuestions() {
    PortalClient editor = signedIn(PortalRole.EDITOR, "en");
    PortalClient respondent = signedIn(PortalRole.USER, "es");
    PortalClient associate = signedIn(PortalRole.ASSOCIATE, "fr");

    // One answer of each role, so that a filter by role keeps answers in both surveys.
    TestSurveys.Made small = surveyOf(4, 4);
    Map<String, Long> smallPages = measureTwice(editor, pagesOf(small));
    Map<String, Long> smallAnswer = measureTwice(respondent, List.of("/surveys/" + small.slug()));
    Map<String, Long> listsBefore = lists(editor, respondent, associate);

    TestSurveys.Made large = surveyOf(40, 12);
    for (int i = 0; i < 3; i++) {
      surveyOf(6, 3);
    }
    Map<String, Long> largePages = measureTwice(editor, pagesOf(large));
    Map<String, Long> largeAnswer = measureTwice(respondent, List.of("/surveys/" + large.slug()));
    Map<String, Long> listsAfter = lists(editor, respondent, associate);

    assertThat(largePages).isEqualTo(smallPages);
    assertThat(largeAnswer).isEqualTo(smallAnswer);
    assertThat(listsAfter).isEqualTo(listsBefore);
    smallPages.forEach((page, n) -> assertThat(n).as(page).isLessThanOrEqualTo(20));
    smallAnswer.forEach((page, n) -> assertThat(n).as(page).isLessThanOrEqualTo(20));
    listsBefore.forEach((page, n) -> assertThat(n).as(page).isLessThanOrEqualTo(20));
  }

  private Map<String, Long> lists(
      PortalClient editor, PortalClient respondent, PortalClient associate) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.putAll(measureTwice(editor, List.of("/admin/surveys", "/admin/surveys/participation")));
    counts.putAll(measureTwice(respondent, List.of("/surveys")));
    // The members' map, shaded by participation in every opened survey.
    counts.putAll(measureTwice(associate, List.of("/members")));
    return counts;
  }

  private static List<String> pagesOf(TestSurveys.Made survey) {
    return EDITOR_PAGES.stream().map(p -> p.replace("{id}", Long.toString(survey.id()))).toList();
  }

  /**
   * An open survey of registered users with this many questions in one section, answered by this
   * many people of the four respondent roles, and one draft besides.
   */
  private TestSurveys.Made surveyOf(int questions, int answers) {
    List<Questionnaire.Question> asked = new ArrayList<>();
    Map<String, Answer> given = new LinkedHashMap<>();
    for (int i = 0; i < questions; i++) {
      switch (i % 3) {
        case 0 -> {
          asked.add(
              TestSurveys.question(
                  "c" + i,
                  QuestionKind.SINGLE,
                  "Choice " + i,
                  List.of(TestSurveys.option("a", "A"), TestSurveys.option("b", "B"))));
          given.put("c" + i, Answer.ofChoices(List.of(i % 2 == 0 ? "a" : "b"), null));
        }
        case 1 -> {
          asked.add(TestSurveys.question("t" + i, QuestionKind.TEXT, "Text " + i, List.of()));
          given.put("t" + i, Answer.ofText("Words " + i));
        }
        default -> {
          asked.add(TestSurveys.question("n" + i, QuestionKind.NUMBER, "Number " + i, List.of()));
          given.put("n" + i, Answer.ofNumber(BigDecimal.valueOf(i)));
        }
      }
    }
    TestSurveys.Made made =
        surveys.survey(
            SurveyAudience.REGISTERED,
            "OPEN",
            1,
            new Questionnaire(
                List.of(
                    new Questionnaire.Section(
                        "s", TestSurveys.en("Section"), TestSurveys.en(""), null, asked))));
    List<PortalRole> roles = SurveyAudience.REGISTERED.filterRoles();
    for (int i = 0; i < answers; i++) {
      long person =
          accounts.create(TestAccounts.freshEmail("counted-answer"), roles.get(i % roles.size()));
      surveys.response(made, person, null, "SUBMITTED", new Answers(given));
    }
    long drafter = accounts.create(TestAccounts.freshEmail("counted-draft"), PortalRole.USER);
    surveys.response(made, drafter, null, "DRAFT", new Answers(given));
    return made;
  }

  private PortalClient signedIn(PortalRole role, String language) {
    String email = TestAccounts.freshEmail("counted-" + role.name().toLowerCase());
    accounts.create(email, role);
    PortalClient client = new PortalClient(port).language(language);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  /** Each page once to warm it up, then counted; keyed by the page's pattern and status. */
  private static Map<String, Long> measureTwice(PortalClient client, List<String> paths) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String path : paths) {
      client.get(path);
      long start = QueryCounter.statements();
      int status = client.get(path).status();
      counts.put(
          path.replaceAll("/\\d+", "/{id}").replaceAll("test-survey-[0-9a-f]+", "{slug}")
              + " "
              + status,
          QueryCounter.statements() - start);
    }
    return counts;
  }
}
