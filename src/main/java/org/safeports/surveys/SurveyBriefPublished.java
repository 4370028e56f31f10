package org.safeports.surveys;

import java.util.List;

/** A survey's results brief was published: its audience is told, each in their language. */
public record SurveyBriefPublished(List<Reader> readers) {

  /**
   * One person the survey asked, with the brief's title and summary (Markdown) in their language,
   * or in the original where no up-to-date translation exists, and the brief's address.
   */
  public record Reader(String email, String language, String title, String summary, String path) {}
}
