package org.safeports.surveys;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeports.surveys.Questionnaire.Option;
import org.safeports.surveys.Questionnaire.Question;

/** What is wrong with an answer, as a message key (with its arguments), or null when nothing is. */
final class AnswerChecks {

  private AnswerChecks() {}

  static final int TEXT_LIMIT = 10_000;

  record Problem(String code, Object... arguments) {}

  /** Format and bounds only: what a draft is told about but still keeps. */
  static Problem format(Question question, Answer answer) {
    if (answer == null || answer.blank()) {
      return null;
    }
    return switch (question.kind()) {
      case SINGLE, MULTIPLE -> choices(question, answer);
      case TEXT ->
          answer.text().length() > TEXT_LIMIT
              ? new Problem("surveys.answer.text.tooLong", TEXT_LIMIT)
              : null;
      case NUMBER, RATING -> number(question, answer);
      case DATE -> answer.date() == null ? new Problem("surveys.answer.date.invalid") : null;
      case MATRIX -> matrix(question, answer);
      case FILE -> null;
    };
  }

  /** As {@link #format}, and a required question must be answered (every row of a matrix). */
  static Problem complete(Question question, Answer answer) {
    Problem problem = format(question, answer);
    if (problem != null || !question.required()) {
      return problem;
    }
    if (answer == null || answer.blank()) {
      return new Problem("surveys.answer.required");
    }
    if (question.kind() == QuestionKind.MATRIX && answer.matrix().size() < question.rows().size()) {
      return new Problem("surveys.answer.matrix.incomplete");
    }
    return null;
  }

  private static Problem choices(Question question, Answer answer) {
    Set<String> keys = question.options().stream().map(Option::key).collect(Collectors.toSet());
    if (!keys.containsAll(answer.choices())) {
      return new Problem("surveys.answer.choice.unknown");
    }
    if (question.kind() == QuestionKind.SINGLE
        && answer.choices().size() + (hasOther(answer) ? 1 : 0) > 1) {
      return new Problem("surveys.answer.choice.one");
    }
    if (hasOther(answer) && answer.otherText().length() > 500) {
      return new Problem("surveys.answer.text.tooLong", 500);
    }
    return null;
  }

  private static boolean hasOther(Answer answer) {
    return answer.otherText() != null && !answer.otherText().isBlank();
  }

  private static Problem number(Question question, Answer answer) {
    BigDecimal number = answer.number();
    if (number == null) {
      return new Problem("surveys.answer.number.invalid");
    }
    boolean low =
        question.min() != null && number.compareTo(BigDecimal.valueOf(question.min())) < 0;
    boolean high =
        question.max() != null && number.compareTo(BigDecimal.valueOf(question.max())) > 0;
    if (question.kind() == QuestionKind.RATING && number.stripTrailingZeros().scale() > 0) {
      return new Problem("surveys.answer.rating.whole");
    }
    if (low || high) {
      return new Problem(
          "surveys.answer.number.bounds",
          question.min() == null ? "-" : question.min(),
          question.max() == null ? "-" : question.max());
    }
    return null;
  }

  private static Problem matrix(Question question, Answer answer) {
    Set<String> rows = question.rows().stream().map(Option::key).collect(Collectors.toSet());
    Set<String> options = question.options().stream().map(Option::key).collect(Collectors.toSet());
    boolean known =
        answer.matrix().entrySet().stream()
            .allMatch(e -> rows.contains(e.getKey()) && options.contains(e.getValue()));
    return known ? null : new Problem("surveys.answer.choice.unknown");
  }
}
