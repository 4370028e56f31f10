package org.safeports.surveys;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.files.FileInspector;
import org.safeports.platform.files.InspectedFile;
import org.safeports.platform.files.UploadRefused;
import org.safeports.surveys.Questionnaire.Question;
import org.safeports.surveys.Questionnaire.Section;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/**
 * Answering a survey: the respondent's own response, or for a survey of the states the state's,
 * which any of its delegates continues. A survey the respondent is not asked, or a response that is
 * not theirs, is not found.
 */
@Service
@Transactional
public class SurveyAnswering {

  /** What a save asked for: stay, move between sections, or submit. */
  enum Intent {
    SAVE,
    NEXT,
    PREVIOUS,
    SUBMIT
  }

  /** The page to show again (problems or a conflict), or where to go next. */
  record Outcome(AnswerSheet again, int section, boolean submitted) {}

  /** A survey in the respondent's list. */
  record MySurvey(
      String slug, String title, SurveyKind kind, Instant closesAt, String state, boolean open) {
    public java.time.LocalDate lastDay() {
      return LastDay.of(closesAt);
    }
  }

  private final SurveyRepository surveys;
  private final SurveyVersionRepository versions;
  private final SurveyResponseRepository responses;
  private final Questionnaires json;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final SurveyAnswerFiles files;
  private final FileInspector inspector;

  SurveyAnswering(
      SurveyRepository surveys,
      SurveyVersionRepository versions,
      SurveyResponseRepository responses,
      Questionnaires json,
      ApplicationEventPublisher events,
      Clock clock,
      SurveyAnswerFiles files,
      FileInspector inspector) {
    this.surveys = surveys;
    this.versions = versions;
    this.responses = responses;
    this.json = json;
    this.events = events;
    this.clock = clock;
    this.files = files;
    this.inspector = inspector;
  }

  /** A file chosen in the answer form: the name it was sent with and its bytes. */
  record Upload(String name, byte[] content) {}

  /** The open surveys that ask the respondent, and the ones they (or their state) answered. */
  @Transactional(readOnly = true)
  List<MySurvey> mine(Respondent respondent) {
    Instant now = clock.instant();
    Map<Long, SurveyResponse> own = new HashMap<>();
    Map<Long, SurveyResponse> ofState = new HashMap<>();
    if (respondent.accountId() != null) {
      responses
          .findByAccountIdAndCountryCodeIsNull(respondent.accountId())
          .forEach(r -> own.put(r.surveyId(), r));
      String country = respondent.stateFor(SurveyAudience.STATES);
      if (country != null) {
        responses.findByCountryCode(country).forEach(r -> ofState.put(r.surveyId(), r));
      }
    }
    return surveys.findAllByOrderByCreatedAtDesc().stream()
        .filter(s -> s.status() != SurveyStatus.DRAFT)
        .filter(s -> s.audience() != SurveyAudience.PUBLIC && respondent.isAskedBy(s.audience()))
        .map(
            s -> {
              // The same response responseOf finds, from the two reads above.
              Optional<SurveyResponse> response =
                  Optional.ofNullable(
                      (respondent.stateFor(s.audience()) != null ? ofState : own).get(s.id()));
              String state =
                  response.map(r -> r.submitted() ? "SUBMITTED" : "DRAFT").orElse("NOT_STARTED");
              return new MySurvey(
                  s.slug(),
                  s.title(respondent.language()),
                  s.kind(),
                  s.closesAt(),
                  state,
                  s.answerable(now));
            })
        .filter(m -> m.open() || !m.state().equals("NOT_STARTED"))
        .toList();
  }

  @Transactional(readOnly = true)
  AnswerSheet sheet(String slug, Respondent respondent, String token, int section) {
    Survey survey = askedSurvey(slug, respondent, token);
    Optional<SurveyResponse> response = responseOf(survey, respondent, token);
    if (response.isEmpty() && !survey.answerable(clock.instant())) {
      throw new NotFoundException();
    }
    Questionnaire questionnaire = questionnaireOf(survey, response);
    Answers answers = response.map(r -> json.readAnswers(r.answers())).orElse(Answers.NONE);
    return SheetMaking.sheet(
        survey, questionnaire, answers, response, respondent, section, Map.of(), false, false);
  }

  /** A public survey started from its link: a new response held by a fresh token. */
  String startPublic(String slug, String language) {
    Survey survey = surveys.findBySlug(slug).orElseThrow(NotFoundException::new);
    if (survey.audience() != SurveyAudience.PUBLIC || !survey.answerable(clock.instant())) {
      throw new NotFoundException();
    }
    String token = SurveyTokens.fresh();
    responses.save(
        SurveyResponse.forToken(
            survey.id(), survey.currentVersionId(), SurveyTokens.hash(token), language));
    return token;
  }

  Outcome save(
      String slug,
      Respondent respondent,
      String token,
      int section,
      MultiValueMap<String, String> form,
      Map<String, Upload> uploads,
      Long expectedVersion,
      Intent intent) {
    Survey survey = askedSurvey(slug, respondent, token);
    if (!survey.answerable(clock.instant())) {
      throw new SurveyRefused(null, "surveys.answer.closed");
    }
    Optional<SurveyResponse> existing = responseOf(survey, respondent, token);
    if (existing.filter(SurveyResponse::submitted).isPresent()) {
      throw new SurveyRefused(null, "surveys.answer.alreadySubmitted");
    }
    Questionnaire questionnaire = questionnaireOf(survey, existing);
    Answers saved = existing.map(r -> json.readAnswers(r.answers())).orElse(Answers.NONE);
    List<Section> shown = SheetMaking.shownSections(questionnaire, saved);
    int at = SheetMaking.clamp(section, shown);
    Map<String, Answer> typed = new LinkedHashMap<>();
    Map<String, Upload> chosen = new LinkedHashMap<>();
    if (!shown.isEmpty()) {
      for (Question q : shown.get(at).questions()) {
        if (q.kind() != QuestionKind.FILE) {
          typed.put(q.key(), AnswerReading.read(q, form));
        } else {
          Upload upload = uploads.get(AnswerReading.field(q.key()));
          if (upload != null && (upload.content().length > 0 || !upload.name().isBlank())) {
            chosen.put(q.key(), upload);
          }
        }
      }
    }
    Answers merged = saved.with(typed);
    boolean conflict =
        existing.isPresent()
            && expectedVersion != null
            && expectedVersion != existing.get().version();
    if (conflict) {
      return new Outcome(
          SheetMaking.sheet(
              survey, questionnaire, merged, existing, respondent, at, Map.of(), true, false),
          at,
          false);
    }
    SurveyResponse response = existing.orElseGet(() -> newResponse(survey, respondent));
    response.save(json.write(merged), respondent.accountId(), respondent.language());
    response = responses.saveAndFlush(response);
    Map<String, AnswerChecks.Problem> problems = new LinkedHashMap<>();
    if (!chosen.isEmpty()) {
      Map<String, Answer> given = new LinkedHashMap<>();
      for (Map.Entry<String, Upload> upload : chosen.entrySet()) {
        try {
          InspectedFile file =
              inspector.inspect(upload.getValue().name(), upload.getValue().content());
          long id = files.store(response.id(), upload.getKey(), file);
          given.put(upload.getKey(), Answer.ofFile(id, file.fileName()));
        } catch (UploadRefused refused) {
          problems.put(
              upload.getKey(), new AnswerChecks.Problem(refused.messageKey(), refused.arguments()));
        }
      }
      if (!given.isEmpty()) {
        merged = merged.with(given);
        response.save(json.write(merged), respondent.accountId(), respondent.language());
        response = responses.saveAndFlush(response);
      }
    }
    Optional<SurveyResponse> now = Optional.of(response);
    typed.forEach(
        (key, answer) ->
            questionnaire
                .question(key)
                .map(q -> AnswerChecks.format(q, answer))
                .ifPresent(p -> problems.put(key, p)));
    if (intent == Intent.SUBMIT) {
      return submit(survey, questionnaire, merged, response, respondent, problems);
    }
    if (!problems.isEmpty()) {
      return new Outcome(
          SheetMaking.sheet(
              survey, questionnaire, merged, now, respondent, at, problems, false, false),
          at,
          false);
    }
    List<Section> after = SheetMaking.shownSections(questionnaire, merged);
    int next =
        switch (intent) {
          case NEXT -> Math.min(at + 1, after.size() - 1);
          case PREVIOUS -> Math.max(at - 1, 0);
          default -> at;
        };
    return new Outcome(null, next, false);
  }

  private Outcome submit(
      Survey survey,
      Questionnaire questionnaire,
      Answers answers,
      SurveyResponse response,
      Respondent respondent,
      Map<String, AnswerChecks.Problem> sectionProblems) {
    Map<String, AnswerChecks.Problem> problems = new LinkedHashMap<>(sectionProblems);
    questionnaire
        .shown(answers)
        .forEach(
            q -> {
              AnswerChecks.Problem problem = AnswerChecks.complete(q, answers.get(q.key()));
              if (problem != null) {
                problems.putIfAbsent(q.key(), problem);
              }
            });
    if (!problems.isEmpty()) {
      List<Section> shown = SheetMaking.shownSections(questionnaire, answers);
      String firstKey = problems.keySet().iterator().next();
      int at = SheetMaking.sectionOf(shown, firstKey);
      return new Outcome(
          SheetMaking.sheet(
              survey,
              questionnaire,
              answers,
              Optional.of(response),
              respondent,
              at,
              problems,
              false,
              false),
          at,
          false);
    }
    response.submit(respondent.accountId(), clock.instant());
    events.publishEvent(
        new ResponseSubmitted(
            survey.id(),
            response.id(),
            response.countryCode(),
            response.accountId(),
            respondent.accountId()));
    return new Outcome(null, 0, true);
  }

  private SurveyResponse newResponse(Survey survey, Respondent respondent) {
    if (respondent.accountId() == null) {
      throw new NotFoundException();
    }
    return new SurveyResponse(
        survey.id(),
        survey.currentVersionId(),
        respondent.accountId(),
        respondent.stateFor(survey.audience()),
        respondent.language());
  }

  /**
   * A file given as an answer, for its respondent (the person, the token's holder, or for a survey
   * of the states any delegate of the state) and for editors; not found for anyone else, and when
   * the file does not belong to this survey.
   */
  @Transactional(readOnly = true)
  SurveyAnswerFiles.Stored file(String slug, Respondent respondent, String token, long fileId) {
    Survey survey = surveys.findBySlug(slug).orElseThrow(NotFoundException::new);
    SurveyAnswerFiles.Stored file = files.find(fileId).orElseThrow(NotFoundException::new);
    SurveyResponse response =
        responses
            .findById(file.responseId())
            .filter(r -> r.surveyId() == survey.id())
            .orElseThrow(NotFoundException::new);
    if (respondent.roles().contains("EDITOR")) {
      return file;
    }
    boolean theirs =
        survey.status() != SurveyStatus.DRAFT
            && respondent.isAskedBy(survey.audience())
            && responseOf(survey, respondent, token)
                .filter(r -> r.id().equals(response.id()))
                .isPresent();
    if (!theirs) {
      throw new NotFoundException();
    }
    return file;
  }

  /** The survey, when it asks this respondent (or the token holds one of its responses). */
  Survey askedSurvey(String slug, Respondent respondent, String token) {
    Survey survey = surveys.findBySlug(slug).orElseThrow(NotFoundException::new);
    if (survey.status() == SurveyStatus.DRAFT) {
      throw new NotFoundException();
    }
    if (respondent.accountId() == null && survey.audience() != SurveyAudience.PUBLIC) {
      throw new org.springframework.security.access.AccessDeniedException("sign in to answer");
    }
    if (!respondent.isAskedBy(survey.audience())) {
      throw new NotFoundException();
    }
    if (survey.audience() == SurveyAudience.PUBLIC
        && respondent.accountId() == null
        && responseOf(survey, respondent, token).isEmpty()) {
      throw new NotFoundException();
    }
    return survey;
  }

  Optional<SurveyResponse> responseOf(Survey survey, Respondent respondent, String token) {
    if (respondent.accountId() == null) {
      return token == null || token.isBlank()
          ? Optional.empty()
          : responses
              .findByTokenHash(SurveyTokens.hash(token))
              .filter(r -> r.surveyId() == survey.id());
    }
    String state = respondent.stateFor(survey.audience());
    return state != null
        ? responses.findBySurveyIdAndCountryCode(survey.id(), state)
        : responses.findBySurveyIdAndAccountIdAndCountryCodeIsNull(
            survey.id(), respondent.accountId());
  }

  Questionnaire questionnaireOf(Survey survey, Optional<SurveyResponse> response) {
    long versionId = response.map(SurveyResponse::versionId).orElse(survey.currentVersionId());
    return json.read(versions.findById(versionId).orElseThrow().definition());
  }
}
