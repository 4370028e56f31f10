package org.safeports.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeports.surveys.Questionnaire.Option;
import org.safeports.surveys.Questionnaire.Question;
import org.springframework.util.MultiValueMap;

/**
 * A section's answers from the form as typed. A value that is not a number or a date is kept as the
 * text typed (so a draft loses nothing) and {@link AnswerChecks} names the problem.
 */
final class AnswerReading {

  private AnswerReading() {}

  /** The field name of a question's value; "-other" and "-" + row key follow it. */
  static String field(String questionKey) {
    return "q-" + questionKey;
  }

  static Answer read(Question question, MultiValueMap<String, String> form) {
    String name = field(question.key());
    String value = first(form, name);
    return switch (question.kind()) {
      case SINGLE, MULTIPLE -> {
        List<String> chosen =
            form.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
        String other = question.allowOther() ? first(form, name + "-other") : null;
        yield Answer.ofChoices(chosen, other);
      }
      case TEXT -> Answer.ofText(value);
      case NUMBER, RATING -> number(value);
      case DATE -> date(value);
      case MATRIX -> {
        Map<String, String> rows = new LinkedHashMap<>();
        for (Option row : question.rows()) {
          String chosen = first(form, name + "-" + row.key());
          if (chosen != null) {
            rows.put(row.key(), chosen);
          }
        }
        yield Answer.ofMatrix(rows);
      }
      case FILE -> null;
    };
  }

  private static Answer number(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Answer.ofNumber(new BigDecimal(value.replace(',', '.')));
    } catch (NumberFormatException e) {
      return Answer.ofText(value);
    }
  }

  private static Answer date(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Answer.ofDate(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      return Answer.ofText(value);
    }
  }

  private static String first(MultiValueMap<String, String> form, String name) {
    String value = form.getFirst(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
