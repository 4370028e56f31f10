package org.safeports.surveys;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Surveys for tests, made in one of two ways: written straight into the tables (a survey with its
 * titles, a frozen version of a questionnaire, and responses with answers, as the building and
 * answering side stores them: {@link #survey}, {@link #response}), or built through the real
 * services (a survey of two sections with a condition: {@link #draft}, {@link #open}); and what
 * tests read back (responses, versions).
 */
@Component
public class TestSurveys {

  /** A survey made for a test: its id, address and the version its answers are given to. */
  public record Made(long id, String slug, long versionId) {}

  private final JdbcClient jdbc;
  private final Questionnaires questionnaires;
  private final TestAccounts accounts;
  private final SurveyBuilding building;
  private final QuestionnaireBuilding questions;

  TestSurveys(
      JdbcClient jdbc,
      Questionnaires questionnaires,
      TestAccounts accounts,
      SurveyBuilding building,
      QuestionnaireBuilding questions) {
    this.jdbc = jdbc;
    this.questionnaires = questionnaires;
    this.accounts = accounts;
    this.building = building;
    this.questions = questions;
  }

  static Questionnaire.Texts en(String text) {
    return new Questionnaire.Texts(Map.of("en", text));
  }

  static Questionnaire.Option option(String key, String label) {
    return new Questionnaire.Option(key, en(label));
  }

  static Questionnaire.Question question(
      String key, QuestionKind kind, String text, List<Questionnaire.Option> options) {
    return new Questionnaire.Question(
        key, kind, false, en(text), en(""), options, List.of(), true, null, null, null);
  }

  /** A questionnaire with one question of each kind results count differently. */
  static Questionnaire sample(String choiceText, String textQuestion) {
    return new Questionnaire(
        List.of(
            new Questionnaire.Section(
                "s1",
                en("Practice"),
                en(""),
                null,
                List.of(
                    question(
                        "iso",
                        QuestionKind.SINGLE,
                        choiceText,
                        List.of(option("yes", "Yes"), option("no", "No"))),
                    question("why", QuestionKind.TEXT, textQuestion, List.of()),
                    question("ports", QuestionKind.NUMBER, "How many ports?", List.of()),
                    new Questionnaire.Question(
                        "grid",
                        QuestionKind.MATRIX,
                        false,
                        en("How ready is each area?"),
                        en(""),
                        List.of(option("low", "Low"), option("high", "High")),
                        List.of(option("cargo", "Cargo"), option("cruise", "Cruise")),
                        false,
                        null,
                        null,
                        null)))));
  }

  /**
   * A closed survey of the states whose texts are the given words: one single-choice question per
   * word (its text, an option's label and the "other" typed are the word) and one free-text
   * question, answered by three states with the words as typed.
   */
  public Made withWords(List<String> words) {
    List<Questionnaire.Question> questions = new java.util.ArrayList<>();
    Map<String, Answer> answers = new java.util.LinkedHashMap<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      questions.add(
          question("c" + i, QuestionKind.SINGLE, "C " + word, List.of(option("o", "O " + word))));
      questions.add(question("t" + i, QuestionKind.TEXT, "T " + word, List.of()));
      answers.put("c" + i, Answer.ofChoices(List.of("o"), "X " + word));
      answers.put("t" + i, Answer.ofText(word));
    }
    Made made =
        survey(
            SurveyAudience.STATES,
            "CLOSED",
            1,
            new Questionnaire(
                List.of(new Questionnaire.Section("s", en("S"), en(""), null, questions))));
    long delegate = accounts.create(TestAccounts.freshEmail("words"), PortalRole.DELEGATE);
    for (String country : List.of("PE", "CR", "PA")) {
      response(made, delegate, country, "SUBMITTED", new Answers(answers));
    }
    return made;
  }

  public Made survey(SurveyAudience audience, String status, int threshold, Questionnaire q) {
    return survey(audience, status, threshold, q, Instant.now().minusSeconds(3600), null, null);
  }

  public Made survey(
      SurveyAudience audience,
      String status,
      int threshold,
      Questionnaire q,
      Instant opensAt,
      Instant closesAt,
      Long previousWave) {
    long editor = accounts.create(TestAccounts.freshEmail("survey-editor"), PortalRole.EDITOR);
    String slug = "test-survey-" + UUID.randomUUID().toString().substring(0, 8);
    Timestamp now = Timestamp.from(Instant.now());
    long id =
        jdbc.sql(
                """
                insert into survey (slug, original_language, audience, status, opens_at, closes_at,
                                    privacy_threshold, previous_wave_id, created_by_id,
                                    created_at, updated_at)
                values (:slug, 'en', :audience, :status, :opens, :closes, :threshold, :previous,
                        :editor, :now, :now)
                returning id
                """)
            .param("slug", slug)
            .param("audience", audience.name())
            .param("status", status)
            .param("opens", opensAt == null ? null : Timestamp.from(opensAt))
            .param("closes", closesAt == null ? null : Timestamp.from(closesAt))
            .param("threshold", threshold)
            .param("previous", previousWave)
            .param("editor", editor)
            .param("now", now)
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into survey_text (survey_id, language, title, introduction)"
                + " values (?, 'en', ?, ''), (?, 'es', ?, '')")
        .params(id, "Survey " + slug, id, "Encuesta " + slug)
        .update();
    long version =
        jdbc.sql(
                """
                insert into survey_version (survey_id, number, definition, frozen_at, created_at)
                values (?, 1, cast(? as jsonb), ?, ?) returning id
                """)
            .params(id, questionnaires.write(q), now, now)
            .query(Long.class)
            .single();
    jdbc.sql("update survey set current_version_id = ? where id = ?").params(version, id).update();
    return new Made(id, slug, version);
  }

  /** A response of a person (country null) or of a member state (the account who saved it). */
  public long response(
      Made survey, Long accountId, String countryCode, String status, Answers answers) {
    Timestamp now = Timestamp.from(Instant.now());
    boolean submitted = status.equals("SUBMITTED");
    return jdbc.sql(
            """
            insert into survey_response (survey_id, version_id, account_id, country_code, status,
                answers, language, last_saved_by_id, submitted_by_id, submitted_at,
                created_at, updated_at)
            values (:survey, :version, :account, :country, :status, cast(:answers as jsonb), 'en',
                    :account, :submitter, :submitted, :now, :now)
            returning id
            """)
        .param("survey", survey.id())
        .param("version", survey.versionId())
        .param("account", accountId)
        .param("country", countryCode)
        .param("status", status)
        .param("answers", questionnaires.write(answers))
        .param("submitter", submitted ? accountId : null)
        .param("submitted", submitted ? now : null)
        .param("now", now)
        .query(Long.class)
        .single();
  }

  public void submit(long responseId, long accountId) {
    jdbc.sql(
            "update survey_response set status = 'SUBMITTED', submitted_by_id = ?,"
                + " submitted_at = now() where id = ?")
        .params(accountId, responseId)
        .update();
  }

  /** A draft survey with two sections: q1 yes/no (required), q2 text if yes, q3 number 0..100. */
  public Made draft(SurveyAudience audience, String title, long editorId) {
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
    return made(id);
  }

  public Made open(SurveyAudience audience, String title, long editorId) {
    Made built = draft(audience, title, editorId);
    building.open(built.id());
    return made(built.id());
  }

  /** A survey as built so far: its address and its current version. */
  private Made made(long id) {
    return jdbc.sql("select id, slug, coalesce(current_version_id, 0) from survey where id = ?")
        .param(id)
        .query((rs, n) -> new Made(rs.getLong(1), rs.getString(2), rs.getLong(3)))
        .single();
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
