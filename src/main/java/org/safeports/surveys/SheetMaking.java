package org.safeports.surveys;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeports.surveys.Questionnaire.Question;
import org.safeports.surveys.Questionnaire.Section;

/** Builds the page a respondent (or an editor's preview) sees, conditions applied. */
final class SheetMaking {

  private SheetMaking() {}

  static List<Section> shownSections(Questionnaire questionnaire, Answers answers) {
    return questionnaire.sections().stream()
        .filter(s -> Questionnaire.holds(s.shownIf(), answers))
        .toList();
  }

  static int clamp(int section, List<Section> shown) {
    return Math.max(0, Math.min(section, shown.size() - 1));
  }

  static int sectionOf(List<Section> shown, String questionKey) {
    for (int i = 0; i < shown.size(); i++) {
      if (shown.get(i).questions().stream().anyMatch(q -> q.key().equals(questionKey))) {
        return i;
      }
    }
    return 0;
  }

  static AnswerSheet sheet(
      Survey survey,
      Questionnaire questionnaire,
      Answers answers,
      Optional<SurveyResponse> response,
      Respondent respondent,
      int section,
      Map<String, AnswerChecks.Problem> problems,
      boolean conflict,
      boolean preview) {
    List<Section> shown = shownSections(questionnaire, answers);
    int at = clamp(section, shown);
    List<Question> questions =
        shown.isEmpty()
            ? List.of()
            : shown.get(at).questions().stream()
                .filter(q -> Questionnaire.holds(q.shownIf(), answers))
                .toList();
    List<Question> all = questionnaire.shown(answers).toList();
    long answered = all.stream().filter(q -> answers.get(q.key()) != null).count();
    String language = respondent.language();
    return new AnswerSheet(
        survey.id(),
        survey.slug(),
        survey.title(language),
        survey.introduction(language),
        language,
        survey.originalLanguage(),
        survey.kind(),
        survey.closesAt(),
        shown,
        at,
        questions,
        answers,
        problems,
        response.map(SurveyResponse::id).orElse(null),
        response.map(SurveyResponse::version).orElse(-1L),
        response.map(SurveyResponse::submitted).orElse(false),
        response.map(SurveyResponse::countryCode).orElse(respondent.stateFor(survey.audience())),
        conflict,
        preview,
        all.isEmpty() ? 0 : (int) (answered * 100 / all.size()));
  }
}
