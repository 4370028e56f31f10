package org.safeports.voices;

import java.util.List;
import org.safeports.platform.QueuedWork;
import org.safeports.platform.WaitingWorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Port Voices pieces submitted for review, for the secretariat's queue. */
@Component
class VoicesWaitingWork implements WaitingWorkSource {

  private final JdbcClient jdbc;

  VoicesWaitingWork(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<QueuedWork> waiting(int limit) {
    return jdbc.sql(
            "select id, title, coalesce(submitted_at, updated_at) as since from voices_piece"
                + " where status = 'SUBMITTED' order by since, id limit :limit")
        .param("limit", limit)
        .query(
            (rs, n) ->
                QueuedWork.forEditors(
                    "voices:" + rs.getLong("id"),
                    QueuedWork.Kind.PIECE,
                    rs.getString("title"),
                    "/admin/voices/" + rs.getLong("id"),
                    rs.getTimestamp("since").toInstant()))
        .list();
  }
}
