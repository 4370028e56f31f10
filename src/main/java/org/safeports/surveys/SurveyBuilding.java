package org.safeports.surveys;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.safeports.platform.text.Slugs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's survey work: create and set up a survey, open it (which freezes the version
 * respondents answer), close it early or extend it, publish an edited version, copy it or run it
 * again as a wave, and reopen a submitted response. Every step is in the audit log.
 */
@Service
@Transactional
public class SurveyBuilding {

  private final SurveyRepository surveys;
  private final SurveyVersionRepository versions;
  private final SurveyResponseRepository responses;
  private final Questionnaires json;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SurveyBuilding(
      SurveyRepository surveys,
      SurveyVersionRepository versions,
      SurveyResponseRepository responses,
      Questionnaires json,
      AuditLog audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.surveys = surveys;
    this.versions = versions;
    this.responses = responses;
    this.json = json;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  List<SurveyRow> all(String language) {
    Map<Long, Long> counts = new HashMap<>();
    responses.countPerSurvey().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return surveys.findAllByOrderByCreatedAtDesc().stream()
        .map(
            s ->
                new SurveyRow(
                    s.id(),
                    s.slug(),
                    s.title(language),
                    s.texts().containsKey(language) ? language : s.originalLanguage(),
                    s.kind(),
                    s.audience(),
                    s.status(),
                    s.closesAt(),
                    counts.getOrDefault(s.id(), 0L)))
        .toList();
  }

  @Transactional(readOnly = true)
  Survey survey(long id) {
    return surveys.findById(id).orElseThrow(NotFoundException::new);
  }

  @Transactional(readOnly = true)
  SurveySummary summary(Survey survey) {
    Integer openVersion =
        survey.currentVersionId() == null
            ? null
            : versions.findById(survey.currentVersionId()).map(SurveyVersion::number).orElse(null);
    return new SurveySummary(
        survey.id(),
        survey.slug(),
        survey.title(survey.originalLanguage()),
        survey.status(),
        survey.audience(),
        survey.opensAt(),
        survey.closesAt(),
        openVersion,
        survey.previousWaveId(),
        responses.findBySurveyIdOrderByUpdatedAtDesc(survey.id()).stream()
            .map(
                r ->
                    new SurveySummary.ResponseLine(
                        r.id(), r.countryCode(), r.accountId(), r.submitted(), r.submittedAt()))
            .toList());
  }

  /** A new survey in draft, with an empty first version; answers its id. */
  public long create(SurveySettingsForm form, long editorId) {
    check(form);
    String title = form.texts().get(form.getOriginalLanguage()).title();
    Survey survey = new Survey(freeSlug(title), editorId, null, null);
    survey.settle(form);
    survey = surveys.save(survey);
    versions.save(new SurveyVersion(survey.id(), 1, json.write(Questionnaire.EMPTY)));
    return survey.id();
  }

  /** New settings; the audience is fixed once the survey has opened (answers belong to it). */
  public void update(long id, SurveySettingsForm form) {
    Survey survey = survey(id);
    if (!Objects.equals(form.getVersion(), survey.version())) {
      throw new SurveyRefused(null, "surveys.admin.savedMeanwhile");
    }
    check(form);
    if (survey.status() != SurveyStatus.DRAFT && form.getAudience() != survey.audience()) {
      throw new SurveyRefused("audience", "surveys.admin.audience.fixed");
    }
    survey.settle(form);
  }

  private void check(SurveySettingsForm form) {
    Map<String, SurveyText> texts = form.texts();
    if (!texts.containsKey(form.getOriginalLanguage())) {
      throw new SurveyRefused(
          "title[" + form.getOriginalLanguage() + "]", "surveys.admin.title.required");
    }
    for (String language : SurveySettingsForm.LANGUAGES) {
      SurveyText text = texts.get(language);
      if (text != null && text.title().length() > 200) {
        throw new SurveyRefused("title[" + language + "]", "surveys.admin.title.tooLong");
      }
      if (text != null && text.introduction().length() > 8000) {
        throw new SurveyRefused("introduction[" + language + "]", "surveys.admin.intro.tooLong");
      }
    }
    if (form.opensAt() != null
        && form.closesAt() != null
        && !form.closesAt().isAfter(form.opensAt())) {
      throw new SurveyRefused("closesOn", "surveys.admin.dates.order");
    }
  }

  private String freeSlug(String title) {
    String base = Slugs.of(title, 100);
    base = base.isEmpty() ? "survey" : base;
    String slug = base;
    for (int n = 2; surveys.existsBySlug(slug); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  /**
   * Opens the survey: the newest version is frozen and becomes what respondents answer. Refused
   * without a question, or when the closing day has passed.
   */
  public void open(long id) {
    Survey survey = survey(id);
    Instant now = clock.instant();
    if (survey.status() != SurveyStatus.DRAFT) {
      throw new SurveyRefused(null, "surveys.admin.open.notDraft");
    }
    if (survey.closesAt() != null && !survey.closesAt().isAfter(now)) {
      throw new SurveyRefused(null, "surveys.admin.open.closesPast");
    }
    SurveyVersion version = newest(id);
    if (json.read(version.definition()).questions().findAny().isEmpty()) {
      throw new SurveyRefused(null, "surveys.admin.open.noQuestions");
    }
    version.freeze(now);
    survey.open(version.id(), now);
    audit.record(
        AuditEntry.of(AuditAction.SURVEY_OPENED, id)
            .detail(AuditEntry.fields("version", version.number(), "audience", survey.audience())));
    events.publishEvent(new SurveyOpened(id, survey.slug(), survey.audience(), survey.closesAt()));
  }

  /** Publishes the edited version of an opened survey: new responses answer it from now. */
  public void publishVersion(long id) {
    Survey survey = survey(id);
    SurveyVersion version = newest(id);
    if (survey.status() == SurveyStatus.DRAFT || version.frozen()) {
      throw new SurveyRefused(null, "surveys.admin.version.nothing");
    }
    if (json.read(version.definition()).questions().findAny().isEmpty()) {
      throw new SurveyRefused(null, "surveys.admin.open.noQuestions");
    }
    version.freeze(clock.instant());
    survey.publishVersion(version.id());
    audit.record(
        AuditEntry.of(AuditAction.SURVEY_VERSION_PUBLISHED, id)
            .detail(AuditEntry.fields("version", version.number())));
  }

  public void close(long id) {
    Survey survey = survey(id);
    if (survey.status() != SurveyStatus.OPEN) {
      throw new SurveyRefused(null, "surveys.admin.close.notOpen");
    }
    survey.close(clock.instant());
    audit.record(AuditEntry.of(AuditAction.SURVEY_CLOSED, id));
    events.publishEvent(new SurveyClosed(id, survey.slug()));
  }

  /** A later closing day (the end of it, UTC); reopens a closed survey. */
  public void extend(long id, LocalDate until) {
    Survey survey = survey(id);
    Instant end = until == null ? null : until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    if (end == null || !end.isAfter(clock.instant())) {
      throw new SurveyRefused("until", "surveys.admin.extend.future");
    }
    if (survey.status() == SurveyStatus.DRAFT) {
      throw new SurveyRefused("until", "surveys.admin.extend.notOpened");
    }
    Instant before = survey.closesAt();
    survey.extend(end);
    audit.record(
        AuditEntry.of(AuditAction.SURVEY_EXTENDED, id)
            .change(AuditEntry.fields("closesAt", before), AuditEntry.fields("closesAt", end)));
    events.publishEvent(new SurveyExtended(id, survey.slug(), end));
  }

  /** A new draft survey with the same settings and questions; answers its id. */
  public long copy(long id, long editorId) {
    return duplicate(id, editorId, false);
  }

  /** The same survey run again (a wave): same question keys, to compare the results. */
  public long wave(long id, long editorId) {
    return duplicate(id, editorId, true);
  }

  private long duplicate(long id, long editorId, boolean wave) {
    Survey source = survey(id);
    SurveySettingsForm form = SurveySettingsForm.of(source);
    form.setOpensOn(null);
    form.setClosesOn(null);
    String title = source.title(source.originalLanguage());
    Survey copy = new Survey(freeSlug(title), editorId, wave ? null : id, wave ? id : null);
    copy.settle(form);
    copy = surveys.save(copy);
    SurveyVersion from = newest(id);
    versions.save(new SurveyVersion(copy.id(), 1, from.definition()));
    audit.record(
        AuditEntry.of(AuditAction.SURVEY_COPIED, copy.id())
            .detail(AuditEntry.fields("from", id, "wave", wave)));
    return copy.id();
  }

  /** A submitted response back to draft, at its respondents' request. */
  public void reopen(long surveyId, long responseId) {
    SurveyResponse response =
        responses
            .findById(responseId)
            .filter(r -> r.surveyId() == surveyId)
            .orElseThrow(NotFoundException::new);
    if (!response.submitted()) {
      throw new SurveyRefused(null, "surveys.admin.reopen.notSubmitted");
    }
    response.reopen(clock.instant());
    audit.record(
        AuditEntry.of(AuditAction.SURVEY_RESPONSE_REOPENED, responseId)
            .detail(
                AuditEntry.fields(
                    "survey",
                    surveyId,
                    "country",
                    response.countryCode(),
                    "account",
                    response.accountId())));
    events.publishEvent(
        new ResponseReopened(surveyId, responseId, response.countryCode(), response.accountId()));
  }

  SurveyVersion newest(long surveyId) {
    return versions
        .findFirstBySurveyIdOrderByNumberDesc(surveyId)
        .orElseThrow(NotFoundException::new);
  }
}
