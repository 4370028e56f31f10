package org.safeports.events;

import java.util.List;
import org.safeports.platform.QueuedWork;
import org.safeports.platform.WaitingWorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For the secretariat's queue: events with registrations waiting for approval, one item per event
 * (they are approved on the event's registrants page), since the oldest of them.
 */
@Component
class EventsWaitingWork implements WaitingWorkSource {

  private final JdbcClient jdbc;

  EventsWaitingWork(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<QueuedWork> waiting(int limit) {
    return jdbc.sql(
            "select e.id, coalesce(t.title, e.slug) as title, w.since, w.people"
                + " from (select event_id, min(registered_at) as since, count(*) as people"
                + " from event_registration where status = 'PENDING' group by event_id) w"
                + " join event_item e on e.id = w.event_id"
                + " left join event_item_text t on t.event_id = e.id"
                + " and t.language = e.original_language"
                + " order by w.since, e.id limit :limit")
        .param("limit", limit)
        .query(
            (rs, n) ->
                QueuedWork.forEditors(
                    "registrations:" + rs.getLong("id"),
                    QueuedWork.Kind.REGISTRATION,
                    rs.getString("title") + " (" + rs.getLong("people") + ")",
                    EventRegistrations.adminPath(rs.getLong("id")),
                    rs.getTimestamp("since").toInstant()))
        .list();
  }
}
