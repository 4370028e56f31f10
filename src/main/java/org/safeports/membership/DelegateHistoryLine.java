package org.safeports.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** One line of a country's membership history: a delegate appointed or removed. */
record DelegateHistoryLine(String displayName, String position, String event, Instant occurredAt) {

  /** The day it happened, in UTC, for the page's machine-readable date. */
  public LocalDate day() {
    return occurredAt.atZone(ZoneOffset.UTC).toLocalDate();
  }
}
