package org.safeports.surveys;

/** The secretariat reopened a submitted response on request: it is a draft again. */
public record ResponseReopened(
    long surveyId, long responseId, String countryCode, Long accountId) {}
