package org.safeports.content;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.safeports.platform.QueuedWork;
import org.safeports.platform.WaitingWorkSource;
import org.safeports.platform.web.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For the secretariat's queue: translations missing (since the item was created) or out of date
 * (since the original changed), and pages and news past their review date (since that day).
 * Archived items ask for nothing.
 */
@Component
class ContentWaitingWork implements WaitingWorkSource {

  private final JdbcClient jdbc;
  private final Clock clock;

  ContentWaitingWork(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public List<QueuedWork> waiting(int limit) {
    List<QueuedWork> work = new ArrayList<>();
    work.addAll(translations(limit));
    work.addAll(reviews(limit));
    return work;
  }

  /**
   * Missing and out-of-date translations apart (each bounded), of the items the database flags as
   * asking for any ({@code translations_waiting}, kept by triggers, under a partial index), so the
   * query reads the waiting items only.
   */
  private List<QueuedWork> translations(int limit) {
    return jdbc.sql(
            """
            select w.id, w.title, w.code, w.since from (
              (select i.id, o.title, l.code, i.created_at as since
               from content_item i
               join content_translation o on o.item_id = i.id and o.language = i.original_language
               cross join unnest(cast(:languages as varchar[])) as l(code)
               where i.translations_waiting and i.status <> 'ARCHIVED'
                 and l.code <> i.original_language
                 and not exists (select 1 from content_translation t
                                 where t.item_id = i.id and t.language = l.code)
               order by since, i.id, l.code
               limit :limit)
              union all
              (select i.id, o.title, t.language as code,
                      coalesce((select min(r.created_at) from content_revision r
                                where r.item_id = i.id and r.language = i.original_language
                                  and r.number > t.based_on_revision), i.updated_at) as since
               from content_item i
               join content_translation o on o.item_id = i.id and o.language = i.original_language
               join content_translation t on t.item_id = i.id
               where i.translations_waiting and i.status <> 'ARCHIVED'
                 and t.language <> i.original_language
                 and t.language = any(cast(:languages as varchar[]))
                 and t.based_on_revision < i.original_revision
               order by since, i.id, t.language
               limit :limit)
            ) w
            order by w.since, w.id, w.code
            limit :limit
            """)
        .param("languages", Language.all().stream().map(Language::code).toArray(String[]::new))
        .param("limit", limit)
        .query(
            (rs, n) ->
                QueuedWork.forEditors(
                    "translation:" + rs.getLong("id") + ":" + rs.getString("code"),
                    QueuedWork.Kind.TRANSLATION,
                    rs.getString("title") + " (" + rs.getString("code") + ")",
                    "/admin/content/" + rs.getLong("id") + "/translations/" + rs.getString("code"),
                    rs.getTimestamp("since").toInstant()))
        .list();
  }

  private List<QueuedWork> reviews(int limit) {
    return jdbc.sql(
            "select i.id, o.title, i.next_review_on from content_item i"
                + " join content_translation o on o.item_id = i.id"
                + " and o.language = i.original_language"
                + " where i.next_review_on < :today and i.status <> 'ARCHIVED'"
                + " order by i.next_review_on, i.id limit :limit")
        .param("today", Date.valueOf(LocalDate.now(clock)))
        .param("limit", limit)
        .query(
            (rs, n) ->
                QueuedWork.forEditors(
                    "review:" + rs.getLong("id"),
                    QueuedWork.Kind.REVIEW_DUE,
                    rs.getString("title"),
                    "/admin/content/" + rs.getLong("id"),
                    rs.getDate("next_review_on")
                        .toLocalDate()
                        .atStartOfDay()
                        .toInstant(ZoneOffset.UTC)))
        .list();
  }
}
