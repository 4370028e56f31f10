package org.safeports.surveys;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A survey's questions as respondents are given them: sections of questions, each with its texts in
 * the languages it has, and conditions that show a section or a question only when an earlier
 * answer matches. Stored as JSON in {@code survey_version.definition} (see {@link Questionnaires});
 * a version that has been opened is never changed, so keys stay stable and results always read
 * answers against the questions they were given. Keys are also what a later wave of the same survey
 * is compared by.
 */
public record Questionnaire(List<Section> sections) {

  public static final Questionnaire EMPTY = new Questionnaire(List.of());

  /** A text in each language it has been written in (es, en, pt, fr). */
  public record Texts(Map<String, String> byLanguage) {
    public Texts {
      byLanguage = Map.copyOf(byLanguage);
    }

    /** The text in this language, else in the fallback, else in any language; empty if none. */
    public String in(String language, String fallback) {
      return Optional.ofNullable(byLanguage.get(language))
          .or(() -> Optional.ofNullable(byLanguage.get(fallback)))
          .or(() -> byLanguage.values().stream().findFirst())
          .orElse("");
    }

    public boolean has(String language) {
      String text = byLanguage.get(language);
      return text != null && !text.isBlank();
    }
  }

  /** Shown only when the question with this key was answered with one of these option keys. */
  public record Condition(String questionKey, List<String> optionKeys) {
    public Condition {
      optionKeys = List.copyOf(optionKeys);
    }
  }

  public record Option(String key, Texts label) {}

  public record Question(
      String key,
      QuestionKind kind,
      boolean required,
      Texts text,
      Texts help,
      List<Option> options,
      List<Option> rows,
      boolean allowOther,
      Integer min,
      Integer max,
      Condition shownIf) {
    public Question {
      options = options == null ? List.of() : List.copyOf(options);
      rows = rows == null ? List.of() : List.copyOf(rows);
    }
  }

  public record Section(
      String key, Texts title, Texts intro, Condition shownIf, List<Question> questions) {
    public Section {
      questions = List.copyOf(questions);
    }
  }

  public Questionnaire {
    sections = List.copyOf(sections);
  }

  public Stream<Question> questions() {
    return sections.stream().flatMap(s -> s.questions().stream());
  }

  public Optional<Question> question(String key) {
    return questions().filter(q -> q.key().equals(key)).findFirst();
  }

  /** Whether a condition holds for these answers (no condition always holds). */
  public static boolean holds(Condition condition, Answers answers) {
    if (condition == null) {
      return true;
    }
    Answer answer = answers.get(condition.questionKey());
    return answer != null && answer.chosen().stream().anyMatch(condition.optionKeys()::contains);
  }

  /** The questions shown for these answers: in shown sections, with their own conditions held. */
  public Stream<Question> shown(Answers answers) {
    return sections.stream()
        .filter(s -> holds(s.shownIf(), answers))
        .flatMap(s -> s.questions().stream())
        .filter(q -> holds(q.shownIf(), answers));
  }
}
