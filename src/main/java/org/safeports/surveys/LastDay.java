package org.safeports.surveys;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A survey closes at the end of its last day (UTC): the day shown is the one before closesAt. */
final class LastDay {

  private LastDay() {}

  static LocalDate of(Instant closesAt) {
    return closesAt == null ? null : LocalDate.ofInstant(closesAt.minusSeconds(1), ZoneOffset.UTC);
  }
}
