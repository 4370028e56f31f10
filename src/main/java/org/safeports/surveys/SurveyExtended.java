package org.safeports.surveys;

import java.time.Instant;

/** A survey's deadline moved later (and reopened if it had closed): reminders follow it. */
public record SurveyExtended(long surveyId, String slug, Instant closesAt) {}
