package org.safeports.content;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeports.platform.web.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the secretariat's content screens list: items, translation state, overdue reviews. */
@Component
@Transactional(readOnly = true)
class ContentAdminQueries {

  /** The state of one language of an item. */
  enum TranslationState {
    ORIGINAL,
    MISSING,
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    STALE
  }

  record Row(
      long id,
      ContentKind kind,
      String title,
      String originalLanguage,
      EditorialStatus status,
      boolean scheduled,
      Instant publishAt,
      Instant updatedAt,
      LocalDate nextReviewOn,
      Map<String, TranslationState> languages) {

    public boolean reviewOverdue() {
      return nextReviewOn != null && nextReviewOn.isBefore(LocalDate.now());
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  ContentAdminQueries(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  List<Row> items(ContentKind kind, EditorialStatus status, String text, boolean overdueOnly) {
    return rows(null, kind, status, text, overdueOnly);
  }

  /** One item's row, however many items there are (the list stops at 500). */
  java.util.Optional<Row> item(long id) {
    return rows(id, null, null, null, false).stream().findFirst();
  }

  /** One item's row, or the 404 page. */
  Row row(long id) {
    return item(id).orElseThrow(org.safeports.platform.NotFoundException::new);
  }

  private List<Row> rows(
      Long id, ContentKind kind, EditorialStatus status, String text, boolean overdueOnly) {
    return jdbc.sql(
            """
            select i.id, i.kind, o.title, i.original_language, i.status, i.publish_at, i.updated_at,
                   i.next_review_on, i.original_revision,
                   string_agg(t.language || ':' || t.status || ':' || t.based_on_revision, ',') as langs
            from content_item i
            join content_translation o on o.item_id = i.id and o.language = i.original_language
            left join content_translation t on t.item_id = i.id and t.language <> i.original_language
            where (cast(:id as bigint) is null or i.id = :id)
              and (cast(:kind as varchar) is null or i.kind = :kind)
              and (cast(:status as varchar) is null or i.status = :status)
              and (cast(:text as varchar) is null or lower(o.title) like '%' || lower(:text) || '%')
              and (not :overdue or (i.next_review_on < :today and i.status <> 'ARCHIVED'))
            group by i.id, o.title
            order by i.updated_at desc
            limit 500
            """)
        .param("id", id)
        .param("kind", kind == null ? null : kind.name())
        .param("status", status == null ? null : status.name())
        .param("text", text)
        .param("overdue", overdueOnly)
        .param("today", Date.valueOf(LocalDate.now(clock)))
        .query(
            (rs, n) -> {
              Timestamp publishAt = rs.getTimestamp("publish_at");
              Date review = rs.getDate("next_review_on");
              EditorialStatus st = EditorialStatus.valueOf(rs.getString("status"));
              Instant at = publishAt == null ? null : publishAt.toInstant();
              return new Row(
                  rs.getLong("id"),
                  ContentKind.valueOf(rs.getString("kind")),
                  rs.getString("title"),
                  rs.getString("original_language"),
                  st,
                  st == EditorialStatus.PUBLISHED && at != null && at.isAfter(clock.instant()),
                  at,
                  rs.getTimestamp("updated_at").toInstant(),
                  review == null ? null : review.toLocalDate(),
                  languages(
                      rs.getString("original_language"),
                      rs.getInt("original_revision"),
                      rs.getString("langs")));
            })
        .list();
  }

  /** For each language, the items whose translation is missing or older than the original. */
  Map<Language, List<Row>> translationWork() {
    Map<Language, List<Row>> work = new LinkedHashMap<>();
    List<Row> all =
        items(null, null, null, false).stream()
            .filter(r -> r.status() != EditorialStatus.ARCHIVED)
            .toList();
    for (Language language : Language.all()) {
      List<Row> todo = new ArrayList<>();
      for (Row row : all) {
        TranslationState state = row.languages().get(language.code());
        if (state == TranslationState.MISSING || state == TranslationState.STALE) {
          todo.add(row);
        }
      }
      work.put(language, todo);
    }
    return work;
  }

  /**
   * How many translations of news and pages are missing or older than their original, over all
   * languages, counted in the database from the items flagged as waiting (for the dashboard, which
   * needs the number only).
   */
  long translationsWaiting() {
    return jdbc.sql(
            """
            select count(*) from content_item i
            join content_translation o on o.item_id = i.id and o.language = i.original_language
            cross join unnest(cast(:languages as varchar[])) as l(code)
            where i.translations_waiting and i.status <> 'ARCHIVED'
              and l.code <> i.original_language
              and not exists (select 1 from content_translation t
                              where t.item_id = i.id and t.language = l.code
                                and t.based_on_revision >= i.original_revision)
            """)
        .param("languages", Language.all().stream().map(Language::code).toArray(String[]::new))
        .query(Long.class)
        .single();
  }

  long overdueReviews() {
    return jdbc.sql(
            "select count(*) from content_item where next_review_on < ? and status <> 'ARCHIVED'")
        .param(Date.valueOf(LocalDate.now(clock)))
        .query(Long.class)
        .single();
  }

  private static Map<String, TranslationState> languages(
      String original, int originalRevision, String aggregated) {
    Map<String, TranslationState> states = new LinkedHashMap<>();
    for (Language language : Language.all()) {
      states.put(
          language.code(),
          language.code().equals(original) ? TranslationState.ORIGINAL : TranslationState.MISSING);
    }
    if (aggregated != null) {
      for (String part : aggregated.split(",")) {
        String[] bits = part.split(":");
        TranslationState state = TranslationState.valueOf(bits[1]);
        if (Integer.parseInt(bits[2]) < originalRevision) {
          state = TranslationState.STALE;
        }
        states.put(bits[0], state);
      }
    }
    return states;
  }
}
