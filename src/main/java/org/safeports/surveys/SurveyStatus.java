package org.safeports.surveys;

/** Where a survey stands: being built, open to its audience, or closed. */
public enum SurveyStatus {
  DRAFT,
  OPEN,
  CLOSED
}
