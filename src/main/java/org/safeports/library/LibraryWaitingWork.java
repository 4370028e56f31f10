package org.safeports.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.safeports.platform.QueuedWork;
import org.safeports.platform.WaitingWorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For the secretariat's queue: uploads (new documents and new versions) waiting for approval, and
 * plans not reviewed for a year, since the day their review fell due.
 */
@Component
class LibraryWaitingWork implements WaitingWorkSource {

  private static final String TITLE =
      " left join lateral (select title from library_description x where x.document_id = d.id"
          + " order by (x.language = d.language) desc, x.language limit 1) t on true";

  private final JdbcClient jdbc;

  LibraryWaitingWork(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<QueuedWork> waiting(int limit) {
    List<QueuedWork> work = new ArrayList<>();
    work.addAll(
        jdbc.sql(
                "select d.id, t.title, coalesce(v.since, d.created_at) as since"
                    + " from library_document d"
                    + " left join lateral (select min(uploaded_at) as since from library_version v"
                    + " where v.document_id = d.id and not v.approved) v on true"
                    + TITLE
                    + " where d.status = 'PENDING' or v.since is not null"
                    + " order by since, d.id limit :limit")
            .param("limit", limit)
            .query((rs, n) -> item(rs, "library:", QueuedWork.Kind.UPLOAD))
            .list());
    work.addAll(
        jdbc.sql(
                "select d.id, t.title,"
                    + " coalesce(d.last_reviewed + interval '1 year', d.created_at) as since"
                    + " from library_document d"
                    + TITLE
                    + " where"
                    + LibraryListings.PLAN_REVIEW_OVERDUE
                    + " and d.status = 'PUBLISHED'"
                    + " order by since, d.id limit :limit")
            .param("limit", limit)
            .query((rs, n) -> item(rs, "library-review:", QueuedWork.Kind.PLAN_REVIEW_DUE))
            .list());
    return work;
  }

  private static QueuedWork item(ResultSet rs, String prefix, QueuedWork.Kind kind)
      throws SQLException {
    long id = rs.getLong("id");
    String title = rs.getString("title");
    return QueuedWork.forEditors(
        prefix + id,
        kind,
        title == null ? "#" + id : title,
        "/admin/library/" + id,
        rs.getTimestamp("since").toInstant());
  }
}
