package org.safeports.notifications;

import java.util.List;
import org.safeports.platform.QueuedWork;
import org.safeports.platform.WaitingWorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For the secretariat's queue: mail given up for good, since it was written. Only administrators
 * see it, as only they may read the mail log where it is handled.
 */
@Component
class MailWaitingWork implements WaitingWorkSource {

  private final JdbcClient jdbc;

  MailWaitingWork(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<QueuedWork> waiting(int limit) {
    return jdbc.sql(
            "select id, subject, created_at from outbox_mail where status = 'FAILED'"
                + " order by created_at, id limit :limit")
        .param("limit", limit)
        .query(
            (rs, n) ->
                new QueuedWork(
                    "mail:" + rs.getLong("id"),
                    QueuedWork.Kind.MAIL_FAILED,
                    rs.getString("subject"),
                    "/admin/mail",
                    rs.getTimestamp("created_at").toInstant(),
                    "ADMIN"))
        .list();
  }
}
