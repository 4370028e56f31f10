package org.safeports.surveys;

/** A survey of opinion, or a request for information (a data call: plans, figures, files). */
public enum SurveyKind {
  SURVEY,
  DATA_CALL
}
