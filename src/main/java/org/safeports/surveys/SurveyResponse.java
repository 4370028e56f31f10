package org.safeports.surveys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.safeports.platform.database.VersionedEntity;

/**
 * A response: a person's, or a member state's that any of its delegates continues. It keeps the
 * version of the questionnaire it was started on, so its answers always read against those
 * questions.
 */
@Entity
@Table(name = "survey_response")
class SurveyResponse extends VersionedEntity {

  enum Status {
    DRAFT,
    SUBMITTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "survey_id", nullable = false, updatable = false)
  private long surveyId;

  @Column(name = "version_id", nullable = false)
  private long versionId;

  @Column(name = "account_id", updatable = false)
  private Long accountId;

  @Column(name = "country_code", updatable = false)
  private String countryCode;

  @Column(name = "token_hash", updatable = false)
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.DRAFT;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  private String answers = "{}";

  @Column(nullable = false)
  private String language;

  @Column(name = "last_saved_by_id")
  private Long lastSavedById;

  @Column(name = "submitted_by_id")
  private Long submittedById;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "reopened_at")
  private Instant reopenedAt;

  protected SurveyResponse() {}

  /** A member state's response (countryCode set) or a person's (countryCode null). */
  SurveyResponse(long surveyId, long versionId, Long accountId, String countryCode, String lang) {
    this.surveyId = surveyId;
    this.versionId = versionId;
    this.accountId = countryCode == null ? accountId : null;
    this.countryCode = countryCode;
    this.language = lang;
  }

  /** A response held through a public link's token (stored hashed). */
  static SurveyResponse forToken(long surveyId, long versionId, String tokenHash, String lang) {
    SurveyResponse response = new SurveyResponse(surveyId, versionId, null, null, lang);
    response.tokenHash = tokenHash;
    return response;
  }

  void save(String answersJson, Long savedBy, String lang) {
    this.answers = answersJson;
    this.lastSavedById = savedBy;
    this.language = lang;
  }

  void submit(Long submittedBy, Instant now) {
    this.status = Status.SUBMITTED;
    this.submittedById = submittedBy;
    this.submittedAt = now;
  }

  void reopen(Instant now) {
    this.status = Status.DRAFT;
    this.reopenedAt = now;
  }

  Long id() {
    return id;
  }

  long surveyId() {
    return surveyId;
  }

  long versionId() {
    return versionId;
  }

  Long accountId() {
    return accountId;
  }

  String countryCode() {
    return countryCode;
  }

  Status status() {
    return status;
  }

  String answers() {
    return answers;
  }

  Long lastSavedById() {
    return lastSavedById;
  }

  Long submittedById() {
    return submittedById;
  }

  Instant submittedAt() {
    return submittedAt;
  }

  boolean submitted() {
    return status == Status.SUBMITTED;
  }
}
