package org.safeports.surveys;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts the answers to one question: per option (single and multiple choice, rating points), per
 * matrix row and option, the free texts, and the lowest, middle and highest number. Answers are
 * matched by the question's stable key and the options' keys, so answers given to an earlier
 * version of the questionnaire count under the same question as long as its key stayed.
 */
final class ResultsTally {

  /** One bar: an option, how many chose it, and its share of those who answered the question. */
  record Bar(String key, String label, long count, int percent, Integer earlierPercent) {}

  /** A matrix: for each row, the count per option (in the options' order). */
  record MatrixRow(String label, List<Long> counts) {}

  /** The lowest, the median and the highest number given. */
  record Numbers(BigDecimal min, BigDecimal median, BigDecimal max) {}

  /** What one question's answers add up to. */
  record QuestionResult(
      String key,
      String text,
      QuestionKind kind,
      long answered,
      List<Bar> bars,
      List<String> texts,
      List<String> matrixOptions,
      List<MatrixRow> matrix,
      Numbers numbers,
      boolean comparedWithEarlier) {

    public boolean hasBars() {
      return !bars.isEmpty();
    }
  }

  static final String OTHER = "__other";

  private ResultsTally() {}

  static QuestionResult tally(
      Questionnaire.Question question,
      List<Answers> responses,
      String language,
      String fallback,
      String otherLabel,
      Map<String, Integer> earlier) {
    List<Answer> given =
        responses.stream()
            .map(a -> a.get(question.key()))
            .filter(Objects::nonNull)
            .filter(a -> !a.blank())
            .toList();
    long answered = given.size();
    List<Bar> bars = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<String> matrixOptions = new ArrayList<>();
    List<MatrixRow> matrix = new ArrayList<>();
    Numbers numbers = null;
    switch (question.kind()) {
      case SINGLE, MULTIPLE -> {
        Map<String, String> labels = new LinkedHashMap<>();
        question.options().forEach(o -> labels.put(o.key(), o.label().in(language, fallback)));
        if (question.allowOther()) {
          labels.put(OTHER, otherLabel);
        }
        for (var option : labels.entrySet()) {
          long count =
              given.stream()
                  .filter(
                      a ->
                          option.getKey().equals(OTHER)
                              ? a.otherText() != null && !a.otherText().isBlank()
                              : a.choices().contains(option.getKey()))
                  .count();
          bars.add(bar(option.getKey(), option.getValue(), count, answered, earlier));
        }
        given.stream()
            .map(Answer::otherText)
            .filter(t -> t != null && !t.isBlank())
            .forEach(texts::add);
      }
      case RATING -> {
        int low = question.min() == null ? 1 : question.min();
        int high = question.max() == null ? 5 : question.max();
        for (int point = low; point <= high && point - low < 20; point++) {
          BigDecimal value = BigDecimal.valueOf(point);
          long count =
              given.stream()
                  .filter(a -> a.number() != null && a.number().compareTo(value) == 0)
                  .count();
          bars.add(bar(String.valueOf(point), String.valueOf(point), count, answered, earlier));
        }
        numbers = numbers(given);
      }
      case NUMBER -> numbers = numbers(given);
      case TEXT -> given.stream().map(Answer::text).filter(Objects::nonNull).forEach(texts::add);
      case DATE ->
          given.stream()
              .map(Answer::date)
              .filter(Objects::nonNull)
              .sorted()
              .map(Object::toString)
              .forEach(texts::add);
      case MATRIX -> {
        question.options().forEach(o -> matrixOptions.add(o.label().in(language, fallback)));
        for (Questionnaire.Option row : question.rows()) {
          List<Long> counts = new ArrayList<>();
          for (Questionnaire.Option option : question.options()) {
            counts.add(
                given.stream().filter(a -> option.key().equals(a.matrix().get(row.key()))).count());
          }
          matrix.add(new MatrixRow(row.label().in(language, fallback), counts));
        }
      }
      case FILE -> given.stream().map(Answer::text).filter(Objects::nonNull).forEach(texts::add);
    }
    return new QuestionResult(
        question.key(),
        question.text().in(language, fallback),
        question.kind(),
        answered,
        List.copyOf(bars),
        List.copyOf(texts),
        List.copyOf(matrixOptions),
        List.copyOf(matrix),
        numbers,
        earlier != null);
  }

  /** Each option's share, by option key, for comparing a later wave with this one. */
  static Map<String, Integer> shares(QuestionResult result) {
    Map<String, Integer> shares = new LinkedHashMap<>();
    result.bars().forEach(b -> shares.put(b.key(), b.percent()));
    return shares;
  }

  private static Bar bar(
      String key, String label, long count, long answered, Map<String, Integer> earlier) {
    int percent = answered == 0 ? 0 : (int) Math.round(100.0 * count / answered);
    return new Bar(key, label, count, percent, earlier == null ? null : earlier.get(key));
  }

  private static Numbers numbers(List<Answer> given) {
    List<BigDecimal> values =
        given.stream().map(Answer::number).filter(Objects::nonNull).sorted().toList();
    if (values.isEmpty()) {
      return null;
    }
    int size = values.size();
    BigDecimal median =
        size % 2 == 1
            ? values.get(size / 2)
            : values.get(size / 2 - 1).add(values.get(size / 2)).divide(BigDecimal.valueOf(2));
    return new Numbers(values.get(0), median.stripTrailingZeros(), values.get(size - 1));
  }
}
