package org.safeports.surveys;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A survey's settings as the editor types them: titles and introductions per language (the
 * original's title required), kind, audience, dates (UTC days) and the reminder and privacy rules.
 */
public class SurveySettingsForm {

  static final String[] LANGUAGES = {"es", "en", "pt", "fr"};

  @NotNull(message = "{surveys.admin.language.required}")
  @Pattern(regexp = "es|en|pt|fr", message = "{surveys.admin.language.required}")
  private String originalLanguage = "es";

  @NotNull(message = "{surveys.admin.kind.required}")
  private SurveyKind kind = SurveyKind.SURVEY;

  @NotNull(message = "{surveys.admin.audience.required}")
  private SurveyAudience audience = SurveyAudience.STATES;

  private LocalDate opensOn;
  private LocalDate closesOn;

  @Min(value = 0, message = "{surveys.admin.reminderLimit.range}")
  @Max(value = 10, message = "{surveys.admin.reminderLimit.range}")
  private int reminderLimit = 2;

  @Min(value = 1, message = "{surveys.admin.reminderGapDays.range}")
  @Max(value = 90, message = "{surveys.admin.reminderGapDays.range}")
  private int reminderGapDays = 7;

  private boolean lastCall = true;

  @Min(value = 1, message = "{surveys.admin.privacyThreshold.range}")
  @Max(value = 50, message = "{surveys.admin.privacyThreshold.range}")
  private int privacyThreshold = 3;

  private Map<String, String> title = new LinkedHashMap<>();
  private Map<String, String> introduction = new LinkedHashMap<>();
  private Long version;

  /** The texts given, by language; a language with no title is not given. */
  Map<String, SurveyText> texts() {
    Map<String, SurveyText> texts = new LinkedHashMap<>();
    for (String language : LANGUAGES) {
      String t = title.get(language);
      if (t != null && !t.isBlank()) {
        texts.put(language, new SurveyText(t.strip(), introduction.getOrDefault(language, "")));
      }
    }
    return texts;
  }

  Instant opensAt() {
    return opensOn == null ? null : opensOn.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The end of the closing day, UTC. */
  Instant closesAt() {
    return closesOn == null ? null : closesOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  static SurveySettingsForm of(Survey survey) {
    SurveySettingsForm form = new SurveySettingsForm();
    form.originalLanguage = survey.originalLanguage();
    form.kind = survey.kind();
    form.audience = survey.audience();
    form.opensOn =
        survey.opensAt() == null ? null : LocalDate.ofInstant(survey.opensAt(), ZoneOffset.UTC);
    form.closesOn =
        survey.closesAt() == null
            ? null
            : LocalDate.ofInstant(survey.closesAt(), ZoneOffset.UTC).minusDays(1);
    form.reminderLimit = survey.reminderLimit();
    form.reminderGapDays = survey.reminderGapDays();
    form.lastCall = survey.lastCall();
    form.privacyThreshold = survey.privacyThreshold();
    survey
        .texts()
        .forEach(
            (language, text) -> {
              form.title.put(language, text.title());
              form.introduction.put(language, text.introduction());
            });
    form.version = survey.version();
    return form;
  }

  public String getOriginalLanguage() {
    return originalLanguage;
  }

  public void setOriginalLanguage(String originalLanguage) {
    this.originalLanguage = originalLanguage;
  }

  public SurveyKind getKind() {
    return kind;
  }

  public void setKind(SurveyKind kind) {
    this.kind = kind;
  }

  public SurveyAudience getAudience() {
    return audience;
  }

  public void setAudience(SurveyAudience audience) {
    this.audience = audience;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public void setOpensOn(LocalDate opensOn) {
    this.opensOn = opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public void setClosesOn(LocalDate closesOn) {
    this.closesOn = closesOn;
  }

  public int getReminderLimit() {
    return reminderLimit;
  }

  public void setReminderLimit(int reminderLimit) {
    this.reminderLimit = reminderLimit;
  }

  public int getReminderGapDays() {
    return reminderGapDays;
  }

  public void setReminderGapDays(int reminderGapDays) {
    this.reminderGapDays = reminderGapDays;
  }

  public boolean isLastCall() {
    return lastCall;
  }

  public void setLastCall(boolean lastCall) {
    this.lastCall = lastCall;
  }

  public int getPrivacyThreshold() {
    return privacyThreshold;
  }

  public void setPrivacyThreshold(int privacyThreshold) {
    this.privacyThreshold = privacyThreshold;
  }

  public Map<String, String> getTitle() {
    return title;
  }

  public void setTitle(Map<String, String> title) {
    this.title = title;
  }

  public Map<String, String> getIntroduction() {
    return introduction;
  }

  public void setIntroduction(Map<String, String> introduction) {
    this.introduction = introduction;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
