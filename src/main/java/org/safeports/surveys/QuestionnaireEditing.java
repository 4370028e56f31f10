package org.safeports.surveys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.safeports.surveys.Questionnaire.Condition;
import org.safeports.surveys.Questionnaire.Option;
import org.safeports.surveys.Questionnaire.Question;
import org.safeports.surveys.Questionnaire.Section;
import org.safeports.surveys.Questionnaire.Texts;

/**
 * Changes to a draft questionnaire, each answering a new one (a questionnaire is a value). Keys are
 * given once and never reused, so answers and a later wave keep pointing at the same question.
 */
final class QuestionnaireEditing {

  private QuestionnaireEditing() {}

  static final int TEXT_LIMIT = 2000;

  static String nextKey(Questionnaire questionnaire, String prefix) {
    Stream<String> keys =
        prefix.equals("s")
            ? questionnaire.sections().stream().map(Section::key)
            : questionnaire.questions().map(Question::key);
    int highest =
        keys.filter(k -> k.startsWith(prefix) && k.substring(prefix.length()).matches("\\d+"))
            .mapToInt(k -> Integer.parseInt(k.substring(prefix.length())))
            .max()
            .orElse(0);
    return prefix + (highest + 1);
  }

  static Section section(String key, SectionForm form, String original, Questionnaire context) {
    Texts title = texts(form.getTitle(), "title", original, true, 200);
    Texts intro = texts(form.getIntro(), "intro", original, false, TEXT_LIMIT);
    Condition condition =
        QuestionConditions.condition(
            form.getCondition(), context, QuestionConditions.firstQuestionOf(context, key));
    List<Question> questions =
        context.sections().stream()
            .filter(s -> s.key().equals(key))
            .findFirst()
            .map(Section::questions)
            .orElse(List.of());
    return new Section(key, title, intro, condition, questions);
  }

  static Question question(
      String key, QuestionForm form, String original, Questionnaire context, String sectionKey) {
    Texts text = texts(form.getText(), "text", original, true, TEXT_LIMIT);
    Texts help = texts(form.getHelp(), "help", original, false, TEXT_LIMIT);
    QuestionKind kind = form.getKind();
    if (!kind.offered()) {
      throw new SurveyRefused("kind", "surveys.builder.kind.notOffered");
    }
    Question existing = context.question(key).orElse(null);
    List<Option> options = List.of();
    List<Option> rows = List.of();
    if (kind == QuestionKind.SINGLE || kind == QuestionKind.MULTIPLE || kind == MATRIX) {
      options =
          lines(
              form.getOptions(), "options", original, existing == null ? null : existing.options());
    }
    if (kind == MATRIX) {
      rows = lines(form.getRows(), "rows", original, existing == null ? null : existing.rows());
    }
    Integer min = form.getMin();
    Integer max = form.getMax();
    if (kind == QuestionKind.RATING) {
      min = min == null ? 1 : min;
      max = max == null ? 5 : max;
      if (max - min < 1 || max - min > 10) {
        throw new SurveyRefused("max", "surveys.builder.rating.range");
      }
    }
    if (min != null && max != null && min > max) {
      throw new SurveyRefused("max", "surveys.builder.bounds.order");
    }
    boolean bounded = kind == QuestionKind.NUMBER || kind == QuestionKind.RATING;
    Condition condition = QuestionConditions.condition(form.getCondition(), context, key);
    if (condition != null && existing == null) {
      // A new question goes at the end of its section: anything before it in the document counts.
      condition = QuestionConditions.beforeEndOf(form.getCondition(), context, sectionKey);
    }
    return new Question(
        key,
        kind,
        form.isRequired(),
        text,
        help,
        options,
        rows,
        form.isAllowOther() && (kind == QuestionKind.SINGLE || kind == QuestionKind.MULTIPLE),
        bounded ? min : null,
        bounded ? max : null,
        condition);
  }

  private static final QuestionKind MATRIX = QuestionKind.MATRIX;

  /** Texts per language, the original's required when asked; each within the limit. */
  static Texts texts(
      Map<String, String> typed, String field, String original, boolean required, int limit) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String language : SurveySettingsForm.LANGUAGES) {
      String value = typed == null ? null : typed.get(language);
      if (value != null && !value.isBlank()) {
        if (value.length() > limit) {
          throw new SurveyRefused(field + "[" + language + "]", "surveys.builder.tooLong");
        }
        texts.put(language, value.strip());
      }
    }
    if (required && !texts.containsKey(original)) {
      throw new SurveyRefused(field + "[" + original + "]", "surveys.builder.original.required");
    }
    return new Texts(texts);
  }

  /** Options one a line; the line's position keeps the key an existing option had there. */
  static List<Option> lines(
      Map<String, String> typed, String field, String original, List<Option> existing) {
    Map<String, List<String>> byLanguage = new LinkedHashMap<>();
    for (String language : SurveySettingsForm.LANGUAGES) {
      String value = typed == null ? null : typed.get(language);
      if (value != null && !value.isBlank()) {
        byLanguage.put(language, value.strip().lines().map(String::strip).toList());
      }
    }
    List<String> originals = byLanguage.getOrDefault(original, List.of());
    if (originals.size() < 2 || originals.stream().anyMatch(String::isBlank)) {
      throw new SurveyRefused(field + "[" + original + "]", "surveys.builder.options.required");
    }
    if (originals.size() > 30 || originals.stream().anyMatch(l -> l.length() > 300)) {
      throw new SurveyRefused(field + "[" + original + "]", "surveys.builder.options.tooMany");
    }
    int highest =
        existing == null
            ? 0
            : existing.stream()
                .mapToInt(o -> Integer.parseInt(o.key().substring(1)))
                .max()
                .orElse(0);
    List<Option> options = new ArrayList<>();
    for (int i = 0; i < originals.size(); i++) {
      Map<String, String> labels = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> language : byLanguage.entrySet()) {
        if (i < language.getValue().size() && !language.getValue().get(i).isBlank()) {
          labels.put(language.getKey(), language.getValue().get(i));
        }
      }
      String key =
          existing != null && i < existing.size() ? existing.get(i).key() : "o" + (++highest);
      options.add(new Option(key, new Texts(labels)));
    }
    return options;
  }

  static Questionnaire withSection(Questionnaire questionnaire, Section section) {
    List<Section> sections = new ArrayList<>(questionnaire.sections());
    int at = indexOf(sections, section.key());
    if (at < 0) {
      sections.add(section);
    } else {
      sections.set(at, section);
    }
    return QuestionConditions.checked(new Questionnaire(sections));
  }

  static Questionnaire withQuestion(Questionnaire questionnaire, String sectionKey, Question q) {
    return mapSections(
        questionnaire,
        s -> {
          List<Question> questions = new ArrayList<>(s.questions());
          int at = -1;
          for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).key().equals(q.key())) {
              at = i;
            }
          }
          if (at >= 0) {
            questions.set(at, q);
          } else if (s.key().equals(sectionKey)) {
            questions.add(q);
          }
          return new Section(s.key(), s.title(), s.intro(), s.shownIf(), questions);
        });
  }

  static Questionnaire withoutSection(Questionnaire questionnaire, String key) {
    return QuestionConditions.checked(
        new Questionnaire(
            questionnaire.sections().stream().filter(s -> !s.key().equals(key)).toList()));
  }

  static Questionnaire withoutQuestion(Questionnaire questionnaire, String key) {
    return mapSections(
        questionnaire,
        s ->
            new Section(
                s.key(),
                s.title(),
                s.intro(),
                s.shownIf(),
                s.questions().stream().filter(q -> !q.key().equals(key)).toList()));
  }

  static Questionnaire movedSection(Questionnaire questionnaire, String key, int delta) {
    List<Section> sections = new ArrayList<>(questionnaire.sections());
    int at = indexOf(sections, key);
    int to = at + delta;
    if (at < 0 || to < 0 || to >= sections.size()) {
      return questionnaire;
    }
    sections.add(to, sections.remove(at));
    return QuestionConditions.checked(new Questionnaire(sections));
  }

  static Questionnaire movedQuestion(Questionnaire questionnaire, String key, int delta) {
    return mapSections(
        questionnaire,
        s -> {
          List<Question> questions = new ArrayList<>(s.questions());
          for (int at = 0; at < questions.size(); at++) {
            int to = at + delta;
            if (questions.get(at).key().equals(key) && to >= 0 && to < questions.size()) {
              questions.add(to, questions.remove(at));
              break;
            }
          }
          return new Section(s.key(), s.title(), s.intro(), s.shownIf(), questions);
        });
  }

  private static Questionnaire mapSections(Questionnaire q, UnaryOperator<Section> change) {
    return QuestionConditions.checked(
        new Questionnaire(q.sections().stream().map(change).toList()));
  }

  private static int indexOf(List<Section> sections, String key) {
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
