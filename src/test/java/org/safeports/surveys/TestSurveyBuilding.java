package org.safeports.surveys;

import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Surveys as tests need them, built through the real services: a survey of the states with a
 * choice, a text shown only for "yes", and a bounded number in a second section.
 */
@Component
public class TestSurveyBuilding {

  private final SurveyBuilding building;
  private final QuestionnaireBuilding questions;
  private final JdbcClient jdbc;

  TestSurveyBuilding(SurveyBuilding building, QuestionnaireBuilding questions, JdbcClient jdbc) {
    this.building = building;
    this.questions = questions;
    this.jdbc = jdbc;
  }

  public record Built(long id, String slug) {}

  /** A draft survey with two sections: q1 yes/no (required), q2 text if yes, q3 number 0..100. */
  public Built draft(SurveyAudience audience, String title, long editorId) {
    SurveySettingsForm form = new SurveySettingsForm();
    form.setAudience(audience);
    form.setOriginalLanguage("en");
    form.getTitle().put("en", title + " " + UUID.randomUUID().toString().substring(0, 6));
    form.getTitle().put("es", "Encuesta de prueba");
    long id = building.create(form, editorId);
    SectionForm first = new SectionForm();
    first.getTitle().put("en", "Plans");
    String s1 = questions.saveSection(id, null, first);
    QuestionForm yesNo = new QuestionForm();
    yesNo.setKind(QuestionKind.SINGLE);
    yesNo.setRequired(true);
    yesNo.getText().put("en", "Does your state have a national contingency plan?");
    yesNo.getOptions().put("en", "Yes\nNo");
    questions.saveQuestion(id, s1, null, yesNo);
    QuestionForm which = new QuestionForm();
    which.setKind(QuestionKind.TEXT);
    which.setRequired(true);
    which.getText().put("en", "Which agency keeps the plan?");
    which.setCondition("q1=o1");
    questions.saveQuestion(id, s1, null, which);
    SectionForm second = new SectionForm();
    second.getTitle().put("en", "Ports");
    String s2 = questions.saveSection(id, null, second);
    QuestionForm ports = new QuestionForm();
    ports.setKind(QuestionKind.NUMBER);
    ports.setMin(0);
    ports.setMax(100);
    ports.getText().put("en", "How many ports apply ISO 28000?");
    questions.saveQuestion(id, s2, null, ports);
    return new Built(id, slugOf(id));
  }

  public Built open(SurveyAudience audience, String title, long editorId) {
    Built built = draft(audience, title, editorId);
    building.open(built.id());
    return built;
  }

  public String slugOf(long id) {
    return jdbc.sql("select slug from survey where id = ?").param(id).query(String.class).single();
  }

  /** The response rows of a survey: country, status, who saved last, who submitted. */
  public java.util.List<Map<String, Object>> responses(long surveyId) {
    return jdbc.sql(
            "select id, country_code, account_id, status, last_saved_by_id, submitted_by_id,"
                + " version_id, answers::text as answers from survey_response"
                + " where survey_id = ? order by id")
        .param(surveyId)
        .query()
        .listOfRows();
  }

  public int versions(long surveyId) {
    return jdbc.sql("select count(*) from survey_version where survey_id = ?")
        .param(surveyId)
        .query(Integer.class)
        .single();
  }

  public String definition(long surveyId, int number) {
    return jdbc.sql(
            "select definition::text from survey_version where survey_id = ? and number = ?")
        .params(surveyId, number)
        .query(String.class)
        .single();
  }
}
