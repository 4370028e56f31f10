package org.safeports.surveys;

import org.safeports.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits to a survey's questionnaire. They go to the newest version while it is not frozen; once the
 * survey has opened, the first edit starts a new version (a copy of the frozen one), which
 * respondents get only when it is published: answers keep the version they were given.
 */
@Service
@Transactional
public class QuestionnaireBuilding {

  private final SurveyBuilding building;
  private final SurveyVersionRepository versions;
  private final Questionnaires json;

  QuestionnaireBuilding(
      SurveyBuilding building, SurveyVersionRepository versions, Questionnaires json) {
    this.building = building;
    this.versions = versions;
    this.json = json;
  }

  /** What the builder shows: the version being edited, and whether it differs from the open one. */
  public record Draft(
      Questionnaire questionnaire, int number, boolean frozen, boolean unpublished) {}

  @Transactional(readOnly = true)
  public Draft draft(long surveyId) {
    Survey survey = building.survey(surveyId);
    SurveyVersion newest = building.newest(surveyId);
    return new Draft(
        json.read(newest.definition()),
        newest.number(),
        newest.frozen(),
        survey.status() != SurveyStatus.DRAFT && !newest.frozen());
  }

  /** Saves a section (a new one when sectionKey is null); answers its key. */
  public String saveSection(long surveyId, String sectionKey, SectionForm form) {
    String[] key = {sectionKey};
    edit(
        surveyId,
        (q, original) -> {
          if (key[0] == null) {
            key[0] = QuestionnaireEditing.nextKey(q, "s");
          } else {
            requireSection(q, key[0]);
          }
          return QuestionnaireEditing.withSection(
              q, QuestionnaireEditing.section(key[0], form, original, q));
        });
    return key[0];
  }

  /** Saves a question (a new one at the end of the section when questionKey is null). */
  public String saveQuestion(
      long surveyId, String sectionKey, String questionKey, QuestionForm form) {
    String[] key = {questionKey};
    edit(
        surveyId,
        (q, original) -> {
          requireSection(q, sectionKey);
          if (key[0] == null) {
            key[0] = QuestionnaireEditing.nextKey(q, "q");
          } else if (q.question(key[0]).isEmpty()) {
            throw new NotFoundException();
          }
          return QuestionnaireEditing.withQuestion(
              q, sectionKey, QuestionnaireEditing.question(key[0], form, original, q, sectionKey));
        });
    return key[0];
  }

  public void removeSection(long surveyId, String sectionKey) {
    edit(
        surveyId,
        (q, original) -> {
          requireSection(q, sectionKey);
          return QuestionnaireEditing.withoutSection(q, sectionKey);
        });
  }

  public void removeQuestion(long surveyId, String questionKey) {
    edit(
        surveyId,
        (q, original) -> {
          q.question(questionKey).orElseThrow(NotFoundException::new);
          return QuestionnaireEditing.withoutQuestion(q, questionKey);
        });
  }

  /** Moves a section (s-key) or a question (q-key) one place up (-1) or down (+1). */
  public void move(long surveyId, String key, int delta) {
    edit(
        surveyId,
        (q, original) ->
            key.startsWith("s")
                ? QuestionnaireEditing.movedSection(q, key, delta)
                : QuestionnaireEditing.movedQuestion(q, key, delta));
  }

  private interface Edit {
    Questionnaire apply(Questionnaire questionnaire, String originalLanguage);
  }

  private void edit(long surveyId, Edit change) {
    Survey survey = building.survey(surveyId);
    SurveyVersion version = building.newest(surveyId);
    if (version.frozen()) {
      version =
          versions.save(new SurveyVersion(surveyId, version.number() + 1, version.definition()));
    }
    Questionnaire changed =
        change.apply(json.read(version.definition()), survey.originalLanguage());
    version.rewrite(json.write(changed));
  }

  private static void requireSection(Questionnaire questionnaire, String key) {
    if (questionnaire.sections().stream().noneMatch(s -> s.key().equals(key))) {
      throw new NotFoundException();
    }
  }
}
