package org.safeports.platform;

import java.time.Instant;
import java.util.Map;

/**
 * What one module counts of each member state's participation, for the secretariat's participation
 * table and each delegate's own line. Each module reads its own tables; the table puts the figures
 * side by side. One bounded statement per measure, grouped by country.
 */
public interface ParticipationSource {

  /**
   * The figures of the period from {@code from} (inclusive) to {@code to} (exclusive): for each
   * measure this module gives, the value per member state (ISO code). A country with nothing is
   * left out or zero.
   */
  Map<Measure, Map<String, Long>> figures(Instant from, Instant to);

  /** The columns of the participation table, in their order there. */
  enum Measure {
    SURVEY_ANSWERS,
    PLANS_UPLOADED,
    PLANS_REVIEWED,
    PIECES,
    FORUM_POSTS,
    EVENT_ATTENDANCE,
    DELEGATES_APPOINTED,
    DELEGATES_ACTIVE
  }
}
