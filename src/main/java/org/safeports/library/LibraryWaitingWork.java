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

  /**
   * The documents an editor has to look at (pending, or with a version waiting), as ids: asked as
   * "pending or has a version waiting", the planner read every document with a look-up in its
   * versions (31 ms for 5,000 documents, against 5 ms).
   */
  static final String AWAITING_IDS =
      " (select id from library_document where status = 'PENDING'"
          + " union select document_id from library_version where not approved)";

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
                    + " where d.id in"
                    + AWAITING_IDS
                    + " order by since, d.id limit :limit")
            .param("limit", limit)
            .query((rs, n) -> item(rs, "library:", QueuedWork.Kind.UPLOAD))
            .list());
    work.addAll(
        jdbc.sql(
                // The oldest plans first, and a title looked up only for those shown: looked up
                // for every plan past review, the titles were most of the statement's time.
                "select d.id, t.title, d.since from (select d.id, d.language,"
                    + " coalesce(d.last_reviewed + interval '1 year', d.created_at) as since"
                    + " from library_document d"
                    + " where"
                    + LibraryListings.PLAN_REVIEW_OVERDUE
                    + " and d.status = 'PUBLISHED'"
                    + " order by since, d.id limit :limit) d"
                    + TITLE
                    + " order by d.since, d.id")
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
