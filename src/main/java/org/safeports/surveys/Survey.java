package org.safeports.surveys;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safeports.platform.database.VersionedEntity;

/** A survey or data call: its settings, its texts per language, and where it stands. */
@Entity
@Table(name = "survey")
class Survey extends VersionedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String slug;

  @Column(name = "original_language", nullable = false)
  private String originalLanguage;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SurveyKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SurveyAudience audience;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SurveyStatus status = SurveyStatus.DRAFT;

  @Column(name = "opens_at")
  private Instant opensAt;

  @Column(name = "closes_at")
  private Instant closesAt;

  @Column(name = "reminder_limit", nullable = false)
  private int reminderLimit;

  @Column(name = "reminder_gap_days", nullable = false)
  private int reminderGapDays;

  @Column(name = "last_call", nullable = false)
  private boolean lastCall;

  @Column(name = "privacy_threshold", nullable = false)
  private int privacyThreshold;

  @Column(name = "previous_wave_id", updatable = false)
  private Long previousWaveId;

  @Column(name = "copied_from_id", updatable = false)
  private Long copiedFromId;

  @Column(name = "current_version_id")
  private Long currentVersionId;

  @Column(name = "created_by_id", nullable = false, updatable = false)
  private long createdById;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "survey_text", joinColumns = @JoinColumn(name = "survey_id"))
  @MapKeyColumn(name = "language")
  private Map<String, SurveyText> texts = new LinkedHashMap<>();

  protected Survey() {}

  Survey(String slug, long createdById, Long copiedFromId, Long previousWaveId) {
    this.slug = slug;
    this.createdById = createdById;
    this.copiedFromId = copiedFromId;
    this.previousWaveId = previousWaveId;
  }

  void settle(SurveySettingsForm form) {
    this.originalLanguage = form.getOriginalLanguage();
    this.kind = form.getKind();
    this.audience = form.getAudience();
    this.opensAt = form.opensAt();
    this.closesAt = form.closesAt();
    this.reminderLimit = form.getReminderLimit();
    this.reminderGapDays = form.getReminderGapDays();
    this.lastCall = form.isLastCall();
    this.privacyThreshold = form.getPrivacyThreshold();
    texts.clear();
    form.texts().forEach((language, text) -> texts.put(language, text));
  }

  void open(long versionId, Instant now) {
    this.currentVersionId = versionId;
    this.status = SurveyStatus.OPEN;
    if (opensAt == null || opensAt.isAfter(now)) {
      opensAt = now;
    }
  }

  void publishVersion(long versionId) {
    this.currentVersionId = versionId;
  }

  void close(Instant now) {
    this.status = SurveyStatus.CLOSED;
    this.closesAt = now;
  }

  void extend(Instant until) {
    this.status = SurveyStatus.OPEN;
    this.closesAt = until;
  }

  Long id() {
    return id;
  }

  String slug() {
    return slug;
  }

  String originalLanguage() {
    return originalLanguage;
  }

  SurveyKind kind() {
    return kind;
  }

  SurveyAudience audience() {
    return audience;
  }

  SurveyStatus status() {
    return status;
  }

  Instant opensAt() {
    return opensAt;
  }

  Instant closesAt() {
    return closesAt;
  }

  int reminderLimit() {
    return reminderLimit;
  }

  int reminderGapDays() {
    return reminderGapDays;
  }

  boolean lastCall() {
    return lastCall;
  }

  int privacyThreshold() {
    return privacyThreshold;
  }

  Long previousWaveId() {
    return previousWaveId;
  }

  Long currentVersionId() {
    return currentVersionId;
  }

  Map<String, SurveyText> texts() {
    return texts;
  }

  /** Open now for answers: opened, and its closing time not passed. */
  boolean answerable(Instant now) {
    return status == SurveyStatus.OPEN
        && currentVersionId != null
        && (closesAt == null || closesAt.isAfter(now));
  }

  /** The title in this language, else in the original. */
  String title(String language) {
    SurveyText text = texts.getOrDefault(language, texts.get(originalLanguage));
    return text == null ? slug : text.title();
  }

  String introduction(String language) {
    SurveyText text = texts.getOrDefault(language, texts.get(originalLanguage));
    return text == null ? "" : text.introduction();
  }
}
