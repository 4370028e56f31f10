package org.safeports.surveys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeports.surveys.Questionnaire.Condition;
import org.safeports.surveys.Questionnaire.Question;
import org.safeports.surveys.Questionnaire.Section;

/**
 * Conditions of a questionnaire: each shows a section or a question only when an earlier single or
 * multiple choice question was answered with one of its options, and must stay so after any edit.
 */
final class QuestionConditions {

  private QuestionConditions() {}

  /** "q3=o2" into a condition on a choice question placed before {@code beforeKey}. */
  static Condition condition(String typed, Questionnaire context, String beforeKey) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    List<Question> earlier = new ArrayList<>();
    for (Question q : (Iterable<Question>) context.questions()::iterator) {
      if (q.key().equals(beforeKey)) {
        break;
      }
      earlier.add(q);
    }
    return parse(typed, earlier);
  }

  static Condition beforeEndOf(String typed, Questionnaire context, String sectionKey) {
    List<Question> earlier = new ArrayList<>();
    boolean past = false;
    for (Section s : context.sections()) {
      if (past) {
        break;
      }
      earlier.addAll(s.questions());
      past = s.key().equals(sectionKey);
    }
    return parse(typed, earlier);
  }

  private static Condition parse(String typed, List<Question> earlier) {
    String[] parts = typed.split("=", 2);
    return earlier.stream()
        .filter(q -> parts.length == 2 && q.key().equals(parts[0]))
        .filter(q -> q.kind() == QuestionKind.SINGLE || q.kind() == QuestionKind.MULTIPLE)
        .filter(q -> q.options().stream().anyMatch(o -> o.key().equals(parts[1])))
        .findFirst()
        .map(q -> new Condition(q.key(), List.of(parts[1])))
        .orElseThrow(() -> new SurveyRefused("condition", "surveys.builder.condition.earlier"));
  }

  static String firstQuestionOf(Questionnaire questionnaire, String sectionKey) {
    return questionnaire.sections().stream()
        .filter(s -> s.key().equals(sectionKey))
        .flatMap(s -> s.questions().stream())
        .map(Question::key)
        .findFirst()
        .orElse(sectionKey);
  }

  /**
   * Every condition still points at an earlier choice question and one of its options: a move or a
   * removal that would break one is refused.
   */
  static Questionnaire checked(Questionnaire questionnaire) {
    Map<String, Question> before = new LinkedHashMap<>();
    for (Section s : questionnaire.sections()) {
      holdsAgainst(s.shownIf(), before);
      Map<String, Question> inSection = new LinkedHashMap<>(before);
      for (Question q : s.questions()) {
        holdsAgainst(q.shownIf(), inSection);
        inSection.put(q.key(), q);
      }
      before = inSection;
    }
    return questionnaire;
  }

  private static void holdsAgainst(Condition condition, Map<String, Question> earlier) {
    if (condition == null) {
      return;
    }
    Question q = earlier.get(condition.questionKey());
    if (q == null
        || q.options().stream().noneMatch(o -> condition.optionKeys().contains(o.key()))) {
      throw new SurveyRefused(null, "surveys.builder.condition.broken");
    }
  }
}
