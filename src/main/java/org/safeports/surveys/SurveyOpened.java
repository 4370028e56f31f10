package org.safeports.surveys;

import java.time.Instant;

/** A survey opened to its audience: the invitations are due (mailed by notifications). */
public record SurveyOpened(long surveyId, String slug, SurveyAudience audience, Instant closesAt) {}
