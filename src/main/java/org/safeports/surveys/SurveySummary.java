package org.safeports.surveys;

import java.time.Instant;
import java.util.List;

/** A survey as its settings page shows it: where it stands, and the responses it has. */
record SurveySummary(
    long id,
    String slug,
    String title,
    SurveyStatus status,
    SurveyAudience audience,
    Instant opensAt,
    Instant closesAt,
    Integer openVersion,
    Long previousWaveId,
    List<ResponseLine> responses) {

  /** A response: whose (a state or a person), and where it stands. */
  record ResponseLine(
      long id, String countryCode, Long accountId, boolean submitted, Instant submittedAt) {}

  public java.time.LocalDate lastDay() {
    return LastDay.of(closesAt);
  }

  public boolean draft() {
    return status == SurveyStatus.DRAFT;
  }

  public boolean open() {
    return status == SurveyStatus.OPEN;
  }
}
