package org.safeports.surveys;

import java.util.LinkedHashMap;
import java.util.Map;

/** A response's answers, by question key; stored as JSON in {@code survey_response.answers}. */
public record Answers(Map<String, Answer> byQuestion) {

  public static final Answers NONE = new Answers(Map.of());

  public Answers {
    byQuestion = Map.copyOf(byQuestion);
  }

  public Answer get(String questionKey) {
    return byQuestion.get(questionKey);
  }

  /** These answers with some replaced (a section saved on top of the draft). */
  public Answers with(Map<String, Answer> changed) {
    Map<String, Answer> merged = new LinkedHashMap<>(byQuestion);
    changed.forEach(
        (key, answer) -> {
          if (answer == null || answer.blank()) {
            merged.remove(key);
          } else {
            merged.put(key, answer);
          }
        });
    return new Answers(merged);
  }
}
