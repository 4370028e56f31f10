package org.safeports.surveys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.web.Language;
import org.safeports.surveys.Questionnaire.Condition;
import org.safeports.surveys.Questionnaire.Option;
import org.safeports.surveys.Questionnaire.Question;
import org.safeports.surveys.Questionnaire.Section;
import org.safeports.surveys.Questionnaire.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/**
 * What the builder's pages read: a section's or a question's form filled from the draft, the
 * conditions a question may have, the preview, and what is not yet translated.
 */
@Service
@Transactional(readOnly = true)
public class SurveyPreviews {

  /** A condition an editor may pick: "shown when this question was answered so". */
  record ConditionChoice(String value, String question, String option) {
    public String label() {
      return question + " → " + option;
    }
  }

  /** A text that lacks some languages: where it is, and which languages it lacks. */
  record Gap(String place, String text, List<String> missing) {}

  private final SurveyBuilding building;
  private final QuestionnaireBuilding questionnaires;

  SurveyPreviews(SurveyBuilding building, QuestionnaireBuilding questionnaires) {
    this.building = building;
    this.questionnaires = questionnaires;
  }

  private Questionnaire draft(long surveyId) {
    return questionnaires.draft(surveyId).questionnaire();
  }

  SectionForm sectionForm(long surveyId, String sectionKey) {
    Section section =
        draft(surveyId).sections().stream()
            .filter(s -> s.key().equals(sectionKey))
            .findFirst()
            .orElseThrow(NotFoundException::new);
    SectionForm form = new SectionForm();
    form.setTitle(new LinkedHashMap<>(section.title().byLanguage()));
    form.setIntro(new LinkedHashMap<>(section.intro().byLanguage()));
    form.setCondition(typed(section.shownIf()));
    return form;
  }

  QuestionForm questionForm(long surveyId, String questionKey) {
    Question q = draft(surveyId).question(questionKey).orElseThrow(NotFoundException::new);
    QuestionForm form = new QuestionForm();
    form.setKind(q.kind());
    form.setRequired(q.required());
    form.setAllowOther(q.allowOther());
    form.setMin(q.min());
    form.setMax(q.max());
    form.setCondition(typed(q.shownIf()));
    form.setText(new LinkedHashMap<>(q.text().byLanguage()));
    form.setHelp(new LinkedHashMap<>(q.help().byLanguage()));
    form.setOptions(lines(q.options()));
    form.setRows(lines(q.rows()));
    return form;
  }

  String sectionOf(long surveyId, String questionKey) {
    return draft(surveyId).sections().stream()
        .filter(s -> s.questions().stream().anyMatch(q -> q.key().equals(questionKey)))
        .map(Section::key)
        .findFirst()
        .orElseThrow(NotFoundException::new);
  }

  /**
   * The options of the choice questions before this question (a new one: before its section's end),
   * or for a section before its first question (a new section: all of them).
   */
  List<ConditionChoice> conditionChoices(
      long surveyId, String sectionKey, String questionKey, boolean forSection) {
    Survey survey = building.survey(surveyId);
    String lang = survey.originalLanguage();
    List<ConditionChoice> choices = new ArrayList<>();
    for (Section s : draft(surveyId).sections()) {
      boolean ownSection = s.key().equals(sectionKey);
      if (ownSection && forSection) {
        break;
      }
      for (Question q : s.questions()) {
        if (q.key().equals(questionKey)) {
          return choices;
        }
        if (q.kind() == QuestionKind.SINGLE || q.kind() == QuestionKind.MULTIPLE) {
          for (Option o : q.options()) {
            choices.add(
                new ConditionChoice(
                    q.key() + "=" + o.key(), q.text().in(lang, lang), o.label().in(lang, lang)));
          }
        }
      }
      if (ownSection) {
        break;
      }
    }
    return choices;
  }

  /** The draft version as a respondent would see it, with answers tried in the address. */
  AnswerSheet preview(
      long surveyId, String lang, Locale locale, int section, MultiValueMap<String, String> form) {
    Survey survey = building.survey(surveyId);
    String language =
        Language.fromCode(lang).map(Language::code).orElse(Language.of(locale).code());
    Questionnaire questionnaire = draft(surveyId);
    Map<String, Answer> typed = new LinkedHashMap<>();
    questionnaire
        .questions()
        .filter(q -> q.kind() != QuestionKind.FILE)
        .forEach(q -> typed.put(q.key(), AnswerReading.read(q, form)));
    Answers answers = Answers.NONE.with(typed);
    return SheetMaking.sheet(
        survey,
        questionnaire,
        answers,
        Optional.empty(),
        new Respondent(null, java.util.Set.of(), null, language),
        section,
        Map.of(),
        false,
        true);
  }

  /** Every text of the survey and its draft questionnaire that lacks a language. */
  List<Gap> untranslated(long surveyId) {
    Survey survey = building.survey(surveyId);
    String lang = survey.originalLanguage();
    List<Gap> gaps = new ArrayList<>();
    List<String> titleMissing = new ArrayList<>();
    for (String language : SurveySettingsForm.LANGUAGES) {
      if (!survey.texts().containsKey(language)) {
        titleMissing.add(language);
      }
    }
    if (!titleMissing.isEmpty()) {
      gaps.add(new Gap("surveys.builder.place.title", survey.title(lang), titleMissing));
    }
    for (Section s : draft(surveyId).sections()) {
      gap(gaps, "surveys.builder.place.section", s.title(), lang);
      for (Question q : s.questions()) {
        gap(gaps, "surveys.builder.place.question", q.text(), lang);
        if (!q.help().byLanguage().isEmpty()) {
          gap(gaps, "surveys.builder.place.help", q.help(), lang);
        }
        for (Option o : q.options()) {
          gap(gaps, "surveys.builder.place.option", o.label(), lang);
        }
        for (Option o : q.rows()) {
          gap(gaps, "surveys.builder.place.row", o.label(), lang);
        }
      }
    }
    return gaps;
  }

  private static void gap(List<Gap> gaps, String place, Texts texts, String lang) {
    List<String> missing = new ArrayList<>();
    for (String language : SurveySettingsForm.LANGUAGES) {
      if (!texts.has(language)) {
        missing.add(language);
      }
    }
    if (!missing.isEmpty()) {
      gaps.add(new Gap(place, texts.in(lang, lang), missing));
    }
  }

  private static String typed(Condition condition) {
    return condition == null || condition.optionKeys().isEmpty()
        ? null
        : condition.questionKey() + "=" + condition.optionKeys().get(0);
  }

  private static Map<String, String> lines(List<Option> options) {
    Map<String, List<String>> byLanguage = new LinkedHashMap<>();
    for (String language : SurveySettingsForm.LANGUAGES) {
      List<String> labels = new ArrayList<>();
      for (Option o : options) {
        labels.add(o.label().byLanguage().getOrDefault(language, ""));
      }
      byLanguage.put(language, labels);
    }
    Map<String, String> lines = new LinkedHashMap<>();
    byLanguage.forEach(
        (language, labels) -> {
          if (labels.stream().anyMatch(l -> !l.isBlank())) {
            lines.put(language, String.join("\n", labels));
          }
        });
    return lines;
  }
}
