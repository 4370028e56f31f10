package org.safeports.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What results, participation and invitations read of the surveys' tables: the survey's settings,
 * its versions and its responses. Plain SQL, so that these readings do not depend on how the
 * building side maps the tables to entities.
 */
@Component
class SurveyRecords {

  /** A survey's settings, its title in the reader's language (the original's when missing). */
  record Head(
      long id,
      String slug,
      String status,
      String kind,
      SurveyAudience audience,
      String originalLanguage,
      String title,
      int privacyThreshold,
      Long previousWaveId,
      Instant opensAt,
      Instant closesAt,
      int reminderLimit,
      int reminderGapDays,
      boolean lastCall) {}

  /** One response as results read it: whose, which version, and the answers. */
  record Response(
      long id,
      long versionId,
      Long accountId,
      String countryCode,
      String status,
      Long submittedById,
      Instant submittedAt,
      Instant updatedAt,
      Answers answers) {

    /** The account whose role and country a filter looks at: who submitted, else the owner. */
    Long personId() {
      return submittedById != null ? submittedById : accountId;
    }
  }

  private static final String HEAD =
      """
      select s.id, s.slug, s.status, s.kind, s.audience, s.original_language,
             coalesce(t.title, o.title, s.slug) as title, s.privacy_threshold,
             s.previous_wave_id, s.opens_at, s.closes_at, s.reminder_limit,
             s.reminder_gap_days, s.last_call
      from survey s
      left join survey_text o on o.survey_id = s.id and o.language = s.original_language
      left join survey_text t on t.survey_id = s.id and t.language = :lang
      """;

  private final JdbcClient jdbc;
  private final Questionnaires questionnaires;

  SurveyRecords(JdbcClient jdbc, Questionnaires questionnaires) {
    this.jdbc = jdbc;
    this.questionnaires = questionnaires;
  }

  Optional<Head> head(long surveyId, String language) {
    return jdbc.sql(HEAD + " where s.id = :id")
        .param("lang", language)
        .param("id", surveyId)
        .query(SurveyRecords::head)
        .optional();
  }

  Optional<Head> headBySlug(String slug, String language) {
    return jdbc.sql(HEAD + " where s.slug = :slug")
        .param("lang", language)
        .param("slug", slug)
        .query(SurveyRecords::head)
        .optional();
  }

  /** Every survey that has been opened (open or closed), oldest opening first. */
  List<Head> opened(String language) {
    return jdbc.sql(HEAD + " where s.status <> 'DRAFT' order by s.opens_at nulls last, s.id")
        .param("lang", language)
        .query(SurveyRecords::head)
        .list();
  }

  /**
   * The questionnaire to lay results out by: the current version (what respondents answer now),
   * else the newest. Answers of older versions are read against it by their stable keys.
   */
  Questionnaire layout(long surveyId) {
    return jdbc.sql(
            """
            select v.definition::text from survey_version v
            join survey s on s.id = v.survey_id
            where v.survey_id = :id
            order by (v.id = s.current_version_id) desc, v.number desc
            limit 1
            """)
        .param("id", surveyId)
        .query(String.class)
        .optional()
        .map(questionnaires::read)
        .orElse(Questionnaire.EMPTY);
  }

  /** Each version's questionnaire, by version id. */
  Map<Long, Questionnaire> versions(long surveyId) {
    return jdbc
        .sql("select id, definition::text from survey_version where survey_id = :id")
        .param("id", surveyId)
        .query((rs, n) -> Map.entry(rs.getLong(1), questionnaires.read(rs.getString(2))))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  List<Response> responses(long surveyId) {
    return jdbc.sql(
            """
            select id, version_id, account_id, country_code, status, submitted_by_id,
                   submitted_at, updated_at, answers::text
            from survey_response where survey_id = :id order by id
            """)
        .param("id", surveyId)
        .query(
            (rs, n) ->
                new Response(
                    rs.getLong(1),
                    rs.getLong(2),
                    nullableLong(rs, 3),
                    rs.getString(4),
                    rs.getString(5),
                    nullableLong(rs, 6),
                    instant(rs, 7),
                    instant(rs, 8),
                    questionnaires.readAnswers(rs.getString(9))))
        .list();
  }

  private static Head head(ResultSet rs, int n) throws SQLException {
    return new Head(
        rs.getLong("id"),
        rs.getString("slug"),
        rs.getString("status"),
        rs.getString("kind"),
        SurveyAudience.valueOf(rs.getString("audience")),
        rs.getString("original_language"),
        rs.getString("title"),
        rs.getInt("privacy_threshold"),
        nullableLong(rs, "previous_wave_id"),
        instant(rs, "opens_at"),
        instant(rs, "closes_at"),
        rs.getInt("reminder_limit"),
        rs.getInt("reminder_gap_days"),
        rs.getBoolean("last_call"));
  }

  static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  static Long nullableLong(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }
}
