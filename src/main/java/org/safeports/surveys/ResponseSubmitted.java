package org.safeports.surveys;

/**
 * A response submitted: a member state's (countryCode set, accountId null) or a person's; who
 * pressed submit is submittedById (null for a public link's holder). No more reminders are due.
 */
public record ResponseSubmitted(
    long surveyId, long responseId, String countryCode, Long accountId, Long submittedById) {}
