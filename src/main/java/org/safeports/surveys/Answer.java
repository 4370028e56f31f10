package org.safeports.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One question's answer. Which fields are used depends on the question's kind: {@code choices} for
 * single and multiple choice (option keys; "other" is {@code otherText}), {@code text} for free
 * text, {@code number} for number and rating, {@code date}, {@code matrix} (row key to option key),
 * {@code fileId} for a file (a row of {@code survey_answer_file}).
 */
public record Answer(
    List<String> choices,
    String otherText,
    String text,
    BigDecimal number,
    LocalDate date,
    Map<String, String> matrix,
    Long fileId) {

  public Answer {
    choices = choices == null ? List.of() : List.copyOf(choices);
    matrix = matrix == null ? Map.of() : Map.copyOf(matrix);
  }

  public static Answer ofChoices(List<String> choices, String otherText) {
    return new Answer(choices, otherText, null, null, null, null, null);
  }

  public static Answer ofText(String text) {
    return new Answer(null, null, text, null, null, null, null);
  }

  public static Answer ofNumber(BigDecimal number) {
    return new Answer(null, null, null, number, null, null, null);
  }

  public static Answer ofDate(LocalDate date) {
    return new Answer(null, null, null, null, date, null, null);
  }

  public static Answer ofMatrix(Map<String, String> matrix) {
    return new Answer(null, null, null, null, null, matrix, null);
  }

  /**
   * A file given: its row in {@code survey_answer_file} and, in {@code text}, the name it keeps.
   */
  public static Answer ofFile(long fileId, String fileName) {
    return new Answer(null, null, fileName, null, null, null, fileId);
  }

  /** The option keys chosen (for conditions), "other" included when given. */
  public List<String> chosen() {
    return choices;
  }

  /** Nothing given at all. */
  public boolean blank() {
    return choices.isEmpty()
        && (otherText == null || otherText.isBlank())
        && (text == null || text.isBlank())
        && number == null
        && date == null
        && matrix.isEmpty()
        && fileId == null;
  }
}
