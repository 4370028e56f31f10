package org.safeports.surveys;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A survey's title and introduction in one language (a row of {@code survey_text}). */
@Embeddable
class SurveyText {

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String introduction;

  protected SurveyText() {}

  SurveyText(String title, String introduction) {
    this.title = title;
    this.introduction = introduction == null ? "" : introduction;
  }

  String title() {
    return title;
  }

  String introduction() {
    return introduction;
  }
}
