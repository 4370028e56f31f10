package org.safeports.surveys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.safeports.platform.database.TimestampedEntity;

/**
 * One version of a survey's questionnaire. Editable until frozen (when the survey opens, or when an
 * edited version is published); a frozen version is never written again.
 */
@Entity
@Table(name = "survey_version")
class SurveyVersion extends TimestampedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "survey_id", nullable = false, updatable = false)
  private long surveyId;

  @Column(nullable = false, updatable = false)
  private int number;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  private String definition;

  @Column(name = "frozen_at")
  private Instant frozenAt;

  protected SurveyVersion() {}

  SurveyVersion(long surveyId, int number, String definition) {
    this.surveyId = surveyId;
    this.number = number;
    this.definition = definition;
  }

  void rewrite(String definition) {
    if (frozenAt != null) {
      throw new IllegalStateException("A frozen version is never changed");
    }
    this.definition = definition;
  }

  void freeze(Instant now) {
    if (frozenAt == null) {
      frozenAt = now;
    }
  }

  Long id() {
    return id;
  }

  long surveyId() {
    return surveyId;
  }

  int number() {
    return number;
  }

  String definition() {
    return definition;
  }

  boolean frozen() {
    return frozenAt != null;
  }
}
