package org.safeports.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeports.platform.NotFoundException;
import org.safeports.surveys.Questionnaire.Option;
import org.safeports.surveys.Questionnaire.Question;
import org.safeports.surveys.Questionnaire.Section;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The copy of a response its respondents can print or keep: questions and answers as text. */
@Service
@Transactional(readOnly = true)
public class AnswerCopies {

  private final SurveyAnswering answering;
  private final Questionnaires json;

  AnswerCopies(SurveyAnswering answering, Questionnaires json) {
    this.answering = answering;
    this.json = json;
  }

  AnswerCopy copy(String slug, Respondent respondent, String token) {
    Survey survey = answering.askedSurvey(slug, respondent, token);
    SurveyResponse response =
        answering.responseOf(survey, respondent, token).orElseThrow(NotFoundException::new);
    Questionnaire questionnaire = answering.questionnaireOf(survey, Optional.of(response));
    Answers answers = json.readAnswers(response.answers());
    String lang = respondent.language();
    String fallback = survey.originalLanguage();
    List<AnswerCopy.Part> parts = new ArrayList<>();
    for (Section s : SheetMaking.shownSections(questionnaire, answers)) {
      List<AnswerCopy.Line> lines = new ArrayList<>();
      for (Question q : s.questions()) {
        if (Questionnaire.holds(q.shownIf(), answers)) {
          lines.add(
              new AnswerCopy.Line(
                  q.text().in(lang, fallback), readable(q, answers.get(q.key()), lang, fallback)));
        }
      }
      parts.add(new AnswerCopy.Part(s.title().in(lang, fallback), lines));
    }
    return new AnswerCopy(
        survey.slug(),
        survey.title(lang),
        lang,
        response.countryCode(),
        response.submitted(),
        response.submittedAt(),
        parts);
  }

  /** An answer as lines of text; no lines when not answered. */
  static List<String> readable(Question q, Answer answer, String lang, String fallback) {
    if (answer == null || answer.blank()) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    switch (q.kind()) {
      case SINGLE, MULTIPLE -> {
        for (Option o : q.options()) {
          if (answer.choices().contains(o.key())) {
            lines.add(o.label().in(lang, fallback));
          }
        }
        if (answer.otherText() != null && !answer.otherText().isBlank()) {
          lines.add(answer.otherText());
        }
      }
      case MATRIX -> {
        for (Option row : q.rows()) {
          String chosen = answer.matrix().get(row.key());
          q.options().stream()
              .filter(o -> o.key().equals(chosen))
              .findFirst()
              .ifPresent(
                  o ->
                      lines.add(
                          row.label().in(lang, fallback) + ": " + o.label().in(lang, fallback)));
        }
      }
      default -> {
        Object value =
            answer.number() != null
                ? answer.number().toPlainString()
                : answer.date() != null ? answer.date() : answer.text();
        if (value != null) {
          lines.add(value.toString());
        }
      }
    }
    return lines;
  }
}
