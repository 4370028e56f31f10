package org.safeports.surveys;

import java.time.Instant;

/** A survey as the secretariat's list shows it. */
record SurveyRow(
    long id,
    String slug,
    String title,
    String language,
    SurveyKind kind,
    SurveyAudience audience,
    SurveyStatus status,
    Instant closesAt,
    long responses) {

  public java.time.LocalDate lastDay() {
    return LastDay.of(closesAt);
  }
}
