package org.safeports.surveys;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.safeports.surveys.Questionnaire.Question;
import org.safeports.surveys.Questionnaire.Section;

/**
 * One page of a survey as a respondent sees it: the section shown (conditions applied to the
 * answers so far), where it is among the shown sections, the answers, and the response's state.
 * {@code problems} are message keys with arguments by question key.
 */
record AnswerSheet(
    long surveyId,
    String slug,
    String title,
    String introduction,
    String language,
    String fallback,
    SurveyKind kind,
    Instant closesAt,
    List<Section> shownSections,
    int sectionIndex,
    List<Question> questions,
    Answers answers,
    Map<String, AnswerChecks.Problem> problems,
    Long responseId,
    long responseVersion,
    boolean submitted,
    String countryCode,
    boolean conflict,
    boolean preview,
    int answeredPercent) {

  public java.time.LocalDate lastDay() {
    return LastDay.of(closesAt);
  }

  public Section section() {
    return shownSections.isEmpty() ? null : shownSections.get(sectionIndex);
  }

  public int sectionNumber() {
    return sectionIndex + 1;
  }

  public int sectionCount() {
    return shownSections.size();
  }

  public boolean last() {
    return sectionIndex >= shownSections.size() - 1;
  }

  public boolean first() {
    return sectionIndex == 0;
  }

  /** The text in the reader's language, else the original's. */
  public String in(Questionnaire.Texts texts) {
    return texts == null ? "" : texts.in(language, fallback);
  }

  public Answer answer(String questionKey) {
    return answers.get(questionKey);
  }

  public boolean chose(String questionKey, String optionKey) {
    Answer answer = answers.get(questionKey);
    return answer != null && answer.choices().contains(optionKey);
  }

  public String rowChoice(String questionKey, String rowKey) {
    Answer answer = answers.get(questionKey);
    return answer == null ? null : answer.matrix().get(rowKey);
  }

  /** What the field shows: the number, date or text given (a mistyped value as typed). */
  public String typed(String questionKey) {
    Answer answer = answers.get(questionKey);
    if (answer == null) {
      return null;
    }
    if (answer.number() != null) {
      return answer.number().toPlainString();
    }
    if (answer.date() != null) {
      return answer.date().toString();
    }
    return answer.text();
  }

  public AnswerChecks.Problem problem(String questionKey) {
    return problems.get(questionKey);
  }

  /** An option as a field shows it: its key and its label in the reader's language. */
  record Choice(String key, String label) {}

  public List<Choice> choices(List<Questionnaire.Option> options) {
    return options.stream().map(o -> new Choice(o.key(), in(o.label()))).toList();
  }

  /** The chosen option keys of a question, for check boxes and radio buttons. */
  public List<String> chosen(String questionKey) {
    Answer answer = answers.get(questionKey);
    return answer == null ? List.of() : answer.choices();
  }

  public String other(String questionKey) {
    Answer answer = answers.get(questionKey);
    return answer == null ? null : answer.otherText();
  }

  /** The message of a question's problem, or null. */
  public AnswerChecks.Problem problemOf(Question question) {
    return problems.get(question.key());
  }

  /** For the rating scale: every whole point from min to max. */
  public List<Integer> scale(Question question) {
    int min = question.min() == null ? 1 : question.min();
    int max = question.max() == null ? 5 : question.max();
    return java.util.stream.IntStream.rangeClosed(min, max).boxed().toList();
  }
}
