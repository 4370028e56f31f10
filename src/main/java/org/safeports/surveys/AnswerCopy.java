package org.safeports.surveys;

import java.time.Instant;
import java.util.List;

/** A respondent's copy of their answers: each shown question with what was answered. */
record AnswerCopy(
    String slug,
    String title,
    String language,
    String countryCode,
    boolean submitted,
    Instant submittedAt,
    List<Part> parts) {

  record Part(String section, List<Line> lines) {}

  record Line(String question, List<String> answer) {}
}
