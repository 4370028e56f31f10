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

  private List<QueuedWork> translations(int limit) {
    return jdbc.sql(
            """
            select i.id, o.title, l.code,
                   case when t.id is null then i.created_at
                        else coalesce((select min(r.created_at) from content_revision r
                                       where r.item_id = i.id and r.language = i.original_language
                                         and r.number > t.based_on_revision), i.updated_at)
                   end as since
            from content_item i
            join content_translation o on o.item_id = i.id and o.language = i.original_language
            cross join unnest(cast(:languages as varchar[])) as l(code)
            left join content_translation t on t.item_id = i.id and t.language = l.code
            where i.status <> 'ARCHIVED' and l.code <> i.original_language
              and (t.id is null or t.based_on_revision < i.original_revision)
            order by since, i.id, l.code
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
