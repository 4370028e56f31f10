package org.safeports.library;

import java.time.LocalDate;
import java.util.List;

/** The kinds of document the library holds. */
enum DocumentType {
  CONTINGENCY_PLAN,
  EMERGENCY_OPERATIONS_PLAN,
  DRILL_REPORT,
  STANDARD_GUIDANCE,
  PRESENTATION,
  SURVEY_REPORT;

  /** Plans carry a "last reviewed" date and are flagged when it is over a year old. */
  public boolean isPlan() {
    return this == CONTINGENCY_PLAN || this == EMERGENCY_OPERATIONS_PLAN;
  }

  /**
   * A plan never reviewed, or last reviewed over a year ago (as {@code LibraryListings} counts).
   */
  boolean reviewOverdue(LocalDate lastReviewed, LocalDate today) {
    return isPlan() && (lastReviewed == null || lastReviewed.isBefore(today.minusYears(1)));
  }

  static List<DocumentType> all() {
    return List.of(values());
  }
}
