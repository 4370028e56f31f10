package org.safeports.surveys;

/** A survey closed (early, by an editor, or when its closing day passed). */
public record SurveyClosed(long surveyId, String slug) {}
