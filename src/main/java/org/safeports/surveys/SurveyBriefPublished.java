package org.safeports.surveys;

import java.util.List;

/** A survey's results brief was published: its audience is told, each in their language. */
public record SurveyBriefPublished(List<Reader> readers) {

  /** One person the survey asked, with the brief's title in their language and its address. */
  public record Reader(String email, String language, String title, String path) {}
}
