package org.safeports.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeports.surveys.Questionnaire.Condition;
import org.safeports.surveys.Questionnaire.Option;
import org.safeports.surveys.Questionnaire.Question;
import org.safeports.surveys.Questionnaire.Section;
import org.safeports.surveys.Questionnaire.Texts;

class QuestionnaireTest {

  private final Questionnaires json = new Questionnaires();

  static Questionnaire iso28000() {
    Question certified =
        new Question(
            "certified",
            QuestionKind.SINGLE,
            true,
            new Texts(Map.of("en", "Is any port certified?", "es", "¿Hay puertos certificados?")),
            new Texts(Map.of()),
            List.of(
                new Option("yes", new Texts(Map.of("en", "Yes", "es", "Sí"))),
                new Option("no", new Texts(Map.of("en", "No", "es", "No")))),
            List.of(),
            false,
            null,
            null,
            null);
    Question how =
        new Question(
            "ports",
            QuestionKind.NUMBER,
            false,
            new Texts(Map.of("en", "How many?")),
            new Texts(Map.of()),
            List.of(),
            List.of(),
            false,
            0,
            500,
            new Condition("certified", List.of("yes")));
    return new Questionnaire(
        List.of(
            new Section(
                "s1",
                new Texts(Map.of("en", "Certification")),
                new Texts(Map.of()),
                null,
                List.of(certified, how))));
  }

  @Test
  void aQuestionnaireAndItsAnswersSurviveTheirJson() {
    Questionnaire questionnaire = iso28000();
    assertThat(json.read(json.write(questionnaire))).isEqualTo(questionnaire);

    Answers answers =
        Answers.NONE.with(
            Map.of(
                "certified", Answer.ofChoices(List.of("yes"), null),
                "ports", Answer.ofNumber(new BigDecimal("3")),
                "when", Answer.ofDate(LocalDate.of(2010, 11, 30))));
    assertThat(json.readAnswers(json.write(answers))).isEqualTo(answers);
  }

  @Test
  void aConditionShowsAQuestionOnlyWhenTheEarlierAnswerMatches() {
    Questionnaire questionnaire = iso28000();
    Answers no = Answers.NONE.with(Map.of("certified", Answer.ofChoices(List.of("no"), null)));
    Answers yes = Answers.NONE.with(Map.of("certified", Answer.ofChoices(List.of("yes"), null)));

    assertThat(questionnaire.shown(no).map(Question::key)).containsExactly("certified");
    assertThat(questionnaire.shown(yes).map(Question::key)).containsExactly("certified", "ports");
  }

  @Test
  void aTextFallsBackToTheOriginalLanguage() {
    Texts texts = new Texts(Map.of("es", "Puerto"));
    assertThat(texts.in("fr", "es")).isEqualTo("Puerto");
    assertThat(texts.has("fr")).isFalse();
  }
}
