package org.safeports.surveys;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.safeports.membership.MemberAccount;
import org.safeports.membership.MemberAccounts;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.safeports.platform.security.PortalRole;
import org.safeports.platform.security.Viewer;
import org.safeports.platform.text.MarkdownRenderer;
import org.safeports.platform.web.FormRejection;
import org.safeports.platform.web.Language;
import org.safeports.search.SearchItemChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results brief: a summary in the survey's original language, the charts chosen, members only
 * or public; its translations are written on their own screens ({@link SurveyBriefTranslations}). A
 * translation made before the original last changed is stale until it is saved again (the content
 * module's idea: the original's text carries a version, each translation the version it was made
 * from), and readers get the original meanwhile. Publishing tells the people the survey asked, each
 * in their language; a brief is published once and stays so.
 */
@Service
class SurveyBriefs {

  static final List<String> LANGUAGES = List.of("es", "en", "pt", "fr");

  /** The summary is missing in the original language. */
  static class SummaryMissing extends FormRejection {
    SummaryMissing(String language) {
      super(BriefForm.field(language), "surveys.brief.summaryMissing");
    }
  }

  /** The brief as stored: the form's values, which translations are stale, and if published. */
  record Stored(BriefForm form, Set<String> stale, Instant publishedAt) {}

  /** A published brief as a reader sees it, in their language where it is translated. */
  record Reading(
      SurveyRecords.Head survey,
      String summaryHtml,
      boolean translated,
      boolean translationBehind,
      List<ResultsTally.QuestionResult> charts,
      boolean chartsHidden,
      Instant publishedAt) {}

  private final JdbcClient jdbc;
  private final SurveyRecords records;
  private final SurveyResults results;
  private final MarkdownRenderer markdown;
  private final AuditLog audit;
  private final MemberAccounts accounts;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SurveyBriefs(
      JdbcClient jdbc,
      SurveyRecords records,
      SurveyResults results,
      MarkdownRenderer markdown,
      AuditLog audit,
      MemberAccounts accounts,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.records = records;
    this.results = results;
    this.markdown = markdown;
    this.audit = audit;
    this.accounts = accounts;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  Stored stored(long surveyId) {
    records.head(surveyId, "en").orElseThrow(NotFoundException::new);
    BriefForm form = new BriefForm();
    Map<String, Long> madeFrom = new HashMap<>();
    long[] version = {0};
    Instant[] published = {null};
    jdbc.sql("select public, charts, published_at, version from survey_brief where survey_id = ?")
        .param(surveyId)
        .query(
            rs -> {
              form.setPublicBrief(rs.getBoolean(1));
              form.setCharts(
                  rs.getString(2).isBlank() ? List.of() : List.of(rs.getString(2).split(",")));
              published[0] = SurveyRecords.instant(rs, 3);
              version[0] = rs.getLong(4);
            });
    jdbc.sql(
            "select language, summary_markdown, made_from_version from survey_brief_text"
                + " where survey_id = ?")
        .param(surveyId)
        .query(
            rs -> {
              form.summary(rs.getString(1), rs.getString(2));
              madeFrom.put(rs.getString(1), rs.getLong(3));
            });
    String original = records.head(surveyId, "en").orElseThrow().originalLanguage();
    Set<String> stale = new LinkedHashSet<>();
    madeFrom.forEach(
        (language, from) -> {
          if (!language.equals(original) && from < version[0]) {
            stale.add(language);
          }
        });
    return new Stored(form, stale, published[0]);
  }

  /** Saves the brief, and publishes it when asked (once: a later save keeps it published). */
  @Transactional
  void save(long surveyId, BriefForm form, boolean publish) {
    SurveyRecords.Head survey = records.head(surveyId, "en").orElseThrow(NotFoundException::new);
    String original = survey.originalLanguage();
    if (blank(form.summary(original))) {
      throw new SummaryMissing(original);
    }
    Stored before = stored(surveyId);
    Instant now = clock.instant();
    boolean originalChanged =
        !Objects.equals(before.form().summary(original), form.summary(original));
    Set<String> keys = new LinkedHashSet<>();
    records.layout(surveyId).questions().map(Questionnaire.Question::key).forEach(keys::add);
    String charts = String.join(",", form.getCharts().stream().filter(keys::contains).toList());
    long version =
        jdbc.sql(
                """
                insert into survey_brief (survey_id, public, charts, created_at, updated_at)
                values (:id, :public, :charts, :now, :now)
                on conflict (survey_id) do update set public = :public, charts = :charts,
                    updated_at = :now,
                    version = survey_brief.version + case when :bump then 1 else 0 end
                returning version
                """)
            .param("id", surveyId)
            .param("public", form.isPublicBrief())
            .param("charts", charts)
            .param("now", Timestamp.from(now))
            .param("bump", originalChanged)
            .query(Long.class)
            .single();
    String text = form.summary(original);
    jdbc.sql(
            """
            insert into survey_brief_text (survey_id, language, summary_markdown, summary_html,
                                           made_from_version, updated_at)
            values (:id, :lang, :text, :html, :version, :now)
            on conflict (survey_id, language) do update set summary_markdown = :text,
                summary_html = :html, made_from_version = :version,
                revision = survey_brief_text.revision + case when :changed then 1 else 0 end,
                updated_at = case when :changed then :now else survey_brief_text.updated_at end
            """)
        .param("id", surveyId)
        .param("lang", original)
        .param("text", text)
        .param("html", markdown.render(text).html())
        .param("version", version)
        .param("now", Timestamp.from(now))
        .param("changed", originalChanged)
        .update();
    audit.record(
        new AuditEntry(
            AuditAction.SURVEY_BRIEF_SAVED,
            String.valueOf(surveyId),
            null,
            Map.of("public", form.isPublicBrief(), "charts", charts),
            null,
            null));
    if (publish && before.publishedAt() == null) {
      jdbc.sql("update survey_brief set published_at = ? where survey_id = ?")
          .params(Timestamp.from(now), surveyId)
          .update();
      audit.record(AuditEntry.of(AuditAction.SURVEY_BRIEF_PUBLISHED, surveyId));
      events.publishEvent(new SurveyBriefPublished(readers(survey, stored(surveyId))));
    }
    if (publish || before.publishedAt() != null) {
      events.publishEvent(new SearchItemChanged(SurveyBriefSearchSource.NAME, "" + surveyId));
    }
  }

  /** The published brief for this reader; members only unless public, else refused. */
  @Transactional(readOnly = true)
  Reading reading(String slug, Viewer viewer, Locale locale) {
    String language = Language.of(locale).code();
    SurveyRecords.Head survey =
        records.headBySlug(slug, language).orElseThrow(NotFoundException::new);
    Stored stored = stored(survey.id());
    if (stored.publishedAt() == null) {
      throw new NotFoundException();
    }
    if (!stored.form().isPublicBrief() && !viewer.has(PortalRole.ASSOCIATE.name())) {
      throw new AccessDeniedException("The brief is for members");
    }
    boolean translated = usable(stored, language);
    boolean behind = stored.stale().contains(language);
    String shown = translated ? language : survey.originalLanguage();
    String html =
        jdbc.sql("select summary_html from survey_brief_text where survey_id = ? and language = ?")
            .params(survey.id(), shown)
            .query(String.class)
            .optional()
            .orElse("");
    SurveyResults.Results all = results.of(survey.id(), SurveyResults.Filter.ALL, locale);
    boolean hidden = all.submitted() < survey.privacyThreshold();
    List<ResultsTally.QuestionResult> charts =
        hidden
            ? List.of()
            : all.questions().stream()
                .filter(q -> stored.form().getCharts().contains(q.key()))
                .toList();
    return new Reading(survey, html, translated, behind, charts, hidden, stored.publishedAt());
  }

  /** The questions whose charts may go with the brief: those drawn as bars. */
  @Transactional(readOnly = true)
  List<ResultsTally.QuestionResult> chartable(long surveyId, Locale locale) {
    return results.of(surveyId, SurveyResults.Filter.ALL, locale).questions().stream()
        .filter(ResultsTally.QuestionResult::hasBars)
        .toList();
  }

  /**
   * Everyone the survey asked whose mail arrives, with the title and the summary in their language
   * (the summary in the original language where its translation is missing or out of date).
   */
  private List<SurveyBriefPublished.Reader> readers(SurveyRecords.Head survey, Stored brief) {
    List<Long> ids =
        jdbc.sql(
                "select account_id from survey_invitation where survey_id = ?"
                    + " and account_id is not null and undeliverable_at is null")
            .param(survey.id())
            .query(Long.class)
            .list();
    Map<String, String> titles = new HashMap<>();
    jdbc.sql("select language, title from survey_text where survey_id = ?")
        .param(survey.id())
        .query(
            rs -> {
              titles.put(rs.getString(1), rs.getString(2));
            });
    List<SurveyBriefPublished.Reader> readers = new ArrayList<>();
    for (MemberAccount person : accounts.byIds(ids)) {
      if (!person.enabled()) {
        continue;
      }
      String language = Optional.ofNullable(person.language()).orElse(survey.originalLanguage());
      String summary =
          brief.form().summary(usable(brief, language) ? language : survey.originalLanguage());
      readers.add(
          new SurveyBriefPublished.Reader(
              person.email(),
              language,
              titles.getOrDefault(language, titles.getOrDefault(survey.originalLanguage(), "")),
              summary,
              "/surveys/" + survey.slug() + "/brief"));
    }
    return readers;
  }

  /**
   * Whether readers of this language get its translation: there is one and it is not out of date
   * (an out-of-date translation may contradict the charts beside it, so the original is shown).
   */
  private static boolean usable(Stored brief, String language) {
    return !blank(brief.form().summary(language)) && !brief.stale().contains(language);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
