package org.safeports.surveys;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.safeports.content.TranslationTask;
import org.safeports.content.TranslationWork;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.safeports.platform.text.MarkdownRenderer;
import org.safeports.platform.web.FormRejection;
import org.safeports.platform.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A results brief's translations, written beside the original as the content module's are, and
 * listed with the content's translations to do ({@link TranslationWork}). A translation is out of
 * date when it was made from an older version of the original; readers then get the original (see
 * {@link SurveyBriefs}) until it is saved again.
 */
@Service
class SurveyBriefTranslations implements TranslationWork {

  /** Someone saved this translation after the translator opened it. */
  static class Conflict extends FormRejection {
    static final String CODE = "surveys.brief.translation.conflict";

    Conflict() {
      super(null, CODE);
    }
  }

  /** A translation as stored: its text, its save count, the original's version it was made from. */
  record Translation(
      String markdown, long revision, long madeFrom, Instant updatedAt, String updatedBy) {}

  /**
   * The translate screen: the survey, the original summary and its version, the translation (null
   * while there is none), and whether it is out of date.
   */
  record Screen(
      SurveyRecords.Head survey,
      String originalMarkdown,
      long originalVersion,
      Translation translation,
      boolean stale) {}

  /** A language of the brief for its editor: missing, out of date, or up to date. */
  enum State {
    MISSING,
    STALE,
    CURRENT
  }

  private final JdbcClient jdbc;
  private final SurveyRecords records;
  private final MarkdownRenderer markdown;
  private final AuditLog audit;
  private final MessageSource messages;
  private final Clock clock;

  private final org.springframework.context.ApplicationEventPublisher events;

  SurveyBriefTranslations(
      JdbcClient jdbc,
      SurveyRecords records,
      MarkdownRenderer markdown,
      AuditLog audit,
      MessageSource messages,
      Clock clock,
      org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
    this.records = records;
    this.markdown = markdown;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * The translate screen of a brief in a language; not found without a brief, for a language the
   * portal does not speak, or for the original's.
   */
  @Transactional(readOnly = true)
  Screen screen(long surveyId, String language) {
    SurveyRecords.Head survey = records.head(surveyId, "en").orElseThrow(NotFoundException::new);
    if (!isTranslation(survey, language)) {
      throw new NotFoundException();
    }
    long version = briefVersion(surveyId).orElseThrow(NotFoundException::new);
    Map<String, Translation> texts = texts(surveyId);
    Translation original = texts.get(survey.originalLanguage());
    if (original == null) {
      throw new NotFoundException();
    }
    Translation translation = texts.get(language);
    return new Screen(
        survey,
        original.markdown(),
        version,
        translation,
        translation != null && translation.madeFrom() < version);
  }

  /** The form the screen starts from: the translation as saved, or empty. */
  BriefTranslationForm form(Screen screen) {
    BriefTranslationForm form = new BriefTranslationForm();
    form.setBasedOn(screen.originalVersion());
    if (screen.translation() != null) {
      form.setSummary(screen.translation().markdown());
      form.setRevision(screen.translation().revision());
    }
    return form;
  }

  /**
   * Saves a translation. Refused when someone saved it since the translator opened it; made from
   * the original's version the translator saw, so an original changed meanwhile leaves it stale.
   */
  @Transactional
  void save(long surveyId, String language, BriefTranslationForm form, String by) {
    Screen screen = screen(surveyId, language);
    Long saved = screen.translation() == null ? null : screen.translation().revision();
    if (!Objects.equals(saved, form.getRevision())) {
      throw new Conflict();
    }
    long madeFrom =
        Math.min(
            form.getBasedOn() == null ? 0 : Math.max(0, form.getBasedOn()),
            screen.originalVersion());
    String text = form.getSummary().strip();
    jdbc.sql(
            """
            insert into survey_brief_text (survey_id, language, summary_markdown, summary_html,
                                           made_from_version, updated_at, updated_by)
            values (:id, :lang, :text, :html, :from, :now, :by)
            on conflict (survey_id, language) do update set summary_markdown = :text,
                summary_html = :html, made_from_version = :from, updated_at = :now,
                updated_by = :by, revision = survey_brief_text.revision + 1
            """)
        .param("id", surveyId)
        .param("lang", language)
        .param("text", text)
        .param("html", markdown.render(text).html())
        .param("from", madeFrom)
        .param("now", Timestamp.from(clock.instant()))
        .param("by", by)
        .update();
    audit.record(
        new AuditEntry(
            AuditAction.SURVEY_BRIEF_TRANSLATED,
            String.valueOf(surveyId),
            null,
            Map.of("language", language, "stale", madeFrom < screen.originalVersion()),
            null,
            null));
    // A published brief is found in the translation's language from now on (or, stale, not).
    events.publishEvent(
        new org.safeports.search.SearchItemChanged("survey-brief", Long.toString(surveyId)));
  }

  /** Each language but the original's, with the state of its translation; empty without a brief. */
  @Transactional(readOnly = true)
  Map<String, State> states(long surveyId) {
    SurveyRecords.Head survey = records.head(surveyId, "en").orElseThrow(NotFoundException::new);
    Optional<Long> version = briefVersion(surveyId);
    Map<String, State> states = new java.util.LinkedHashMap<>();
    if (version.isEmpty()) {
      return states;
    }
    Map<String, Translation> texts = texts(surveyId);
    for (String language : SurveyBriefs.LANGUAGES) {
      if (language.equals(survey.originalLanguage())) {
        continue;
      }
      Translation t = texts.get(language);
      states.put(
          language,
          t == null ? State.MISSING : t.madeFrom() < version.get() ? State.STALE : State.CURRENT);
    }
    return states;
  }

  @Override
  @Transactional(readOnly = true)
  public List<TranslationTask> tasks(Locale locale) {
    String kind = messages.getMessage("surveys.brief.translation.kind", null, locale);
    List<TranslationTask> tasks = new ArrayList<>();
    jdbc.sql(
            """
            select b.survey_id, b.version, s.original_language, coalesce(st.title, s.slug),
                   string_agg(t.language || ':' || t.made_from_version, ',')
            from survey_brief b
            join survey s on s.id = b.survey_id
            left join survey_text st on st.survey_id = s.id and st.language = s.original_language
            left join survey_brief_text t on t.survey_id = b.survey_id
                                          and t.language <> s.original_language
            group by b.survey_id, b.version, s.original_language, st.title, s.slug
            order by b.survey_id desc
            """)
        .query(
            rs -> {
              long id = rs.getLong(1);
              long version = rs.getLong(2);
              String original = rs.getString(3);
              Map<String, Long> madeFrom = new java.util.HashMap<>();
              String aggregated = rs.getString(5);
              if (aggregated != null) {
                for (String part : aggregated.split(",")) {
                  int colon = part.indexOf(':');
                  madeFrom.put(part.substring(0, colon), Long.parseLong(part.substring(colon + 1)));
                }
              }
              for (String language : SurveyBriefs.LANGUAGES) {
                if (language.equals(original) || madeFrom.getOrDefault(language, -1L) >= version) {
                  continue;
                }
                tasks.add(
                    new TranslationTask(
                        language,
                        kind,
                        rs.getString(4),
                        original,
                        "/admin/surveys/" + id + "/brief/translations/" + language,
                        madeFrom.containsKey(language)
                            ? TranslationTask.State.STALE
                            : TranslationTask.State.MISSING));
              }
            });
    return tasks;
  }

  private static boolean isTranslation(SurveyRecords.Head survey, String language) {
    return Language.fromCode(language).filter(l -> l.code().equals(language)).isPresent()
        && !language.equals(survey.originalLanguage());
  }

  private Optional<Long> briefVersion(long surveyId) {
    return jdbc.sql("select version from survey_brief where survey_id = ?")
        .param(surveyId)
        .query(Long.class)
        .optional();
  }

  private Map<String, Translation> texts(long surveyId) {
    Map<String, Translation> texts = new java.util.HashMap<>();
    jdbc.sql(
            "select language, summary_markdown, revision, made_from_version, updated_at,"
                + " updated_by from survey_brief_text where survey_id = ?")
        .param(surveyId)
        .query(
            rs -> {
              texts.put(
                  rs.getString(1),
                  new Translation(
                      rs.getString(2),
                      rs.getLong(3),
                      rs.getLong(4),
                      SurveyRecords.instant(rs, 5),
                      rs.getString(6)));
            });
    return texts;
  }
}
