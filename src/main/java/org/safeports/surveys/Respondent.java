package org.safeports.surveys;

import java.util.Set;

/**
 * Who answers: the account (null for a public link's holder), the roles it holds now (hierarchy
 * applied), the member state its delegate's appointment ties it to (never taken from a request),
 * and the language it reads.
 */
record Respondent(Long accountId, Set<String> roles, String countryCode, String language) {

  static Respondent anonymous(String language) {
    return new Respondent(null, Set.of(), null, language);
  }

  /** For a survey of the states: the delegate's state, or null when not a delegate of one. */
  String stateFor(SurveyAudience audience) {
    return audience.perState() && roles.contains("DELEGATE") && !roles.contains("EDITOR")
        ? countryCode
        : null;
  }

  boolean isAskedBy(SurveyAudience audience) {
    if (audience == SurveyAudience.PUBLIC) {
      return true;
    }
    if (accountId == null || !audience.asks(roles)) {
      return false;
    }
    return !audience.perState() || stateFor(audience) != null;
  }
}
