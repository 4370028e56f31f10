package org.safeports.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.safeports.platform.ParticipationSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Event attendance per member state for the participation table: people of that country (their
 * account's country) marked as present at an event that started in the period.
 */
@Component
class EventsParticipationFigures implements ParticipationSource {

  private final JdbcClient jdbc;

  EventsParticipationFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<Measure, Map<String, Long>> figures(Instant from, Instant to) {
    Map<String, Long> attended = new HashMap<>();
    jdbc.sql(
            "select a.country_code, count(*) from event_registration r"
                + " join event_item e on e.id = r.event_id"
                + " join account a on a.id = r.account_id"
                + " where r.attended and a.role not in ('EDITOR', 'ADMIN')"
                + " and e.starts_at >= :from and e.starts_at < :to group by a.country_code")
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .query((rs, n) -> attended.put(rs.getString(1), rs.getLong(2)))
        .list();
    return Map.of(Measure.EVENT_ATTENDANCE, attended);
  }
}
