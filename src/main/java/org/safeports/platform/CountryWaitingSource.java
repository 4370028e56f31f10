package org.safeports.platform;

import java.util.Map;

/**
 * What one module has waiting for one member state, for the delegate's monthly summary ("what their
 * country has done and what waits"). Each module counts in its own tables; the summary lists the
 * counts. One bounded statement per kind.
 */
public interface CountryWaitingSource {

  /** For each kind this module gives, how many wait for the member state of this ISO code. */
  Map<Waiting, Long> waitingFor(String countryCode);

  /** The kinds of what waits for a member state, in their order in the summary. */
  enum Waiting {
    /** Open surveys for member states that this state has not submitted an answer to. */
    SURVEYS_UNANSWERED,
    /** This state's published plans whose yearly review is past. */
    PLANS_REVIEW_DUE
  }
}
