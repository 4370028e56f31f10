package org.safeports.forum;

import java.util.List;
import org.safeports.platform.QueuedWork;
import org.safeports.platform.WaitingWorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For the secretariat's queue: posts with open flags (since the first one) and posts held for
 * approval (since they were written), in the categories the person looking may read.
 */
@Component
class ForumWaitingWork implements WaitingWorkSource {

  private final JdbcClient jdbc;
  private final ForumReaders readers;

  ForumWaitingWork(JdbcClient jdbc, ForumReaders readers) {
    this.jdbc = jdbc;
    this.readers = readers;
  }

  @Override
  public List<QueuedWork> waiting(int limit) {
    return jdbc.sql(
            "select p.id, p.number, t.title, w.since"
                + " from (select post_id, min(since) as since from ("
                + " select id as post_id, created_at as since from forum_post where state = 'HELD'"
                + " union all select post_id, created_at from forum_flag where resolved_at is null"
                + " ) x group by post_id) w"
                + " join forum_post p on p.id = w.post_id"
                + " join forum_topic t on t.id = p.topic_id"
                + " join forum_category c on c.id = t.category_id"
                + " where "
                + ForumAudience.SQL_PREDICATE
                + " order by since, p.id limit :limit")
        .param("readable", readers.current().readableNames())
        .param("limit", limit)
        .query(
            (rs, n) ->
                QueuedWork.forEditors(
                    "forum:" + rs.getLong("id"),
                    QueuedWork.Kind.FLAGGED_POST,
                    rs.getString("title") + " #" + rs.getInt("number"),
                    "/admin/forum",
                    rs.getTimestamp("since").toInstant()))
        .list();
  }
}
