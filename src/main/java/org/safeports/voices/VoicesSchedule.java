package org.safeports.voices;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.safeports.platform.web.ScheduledVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** When the next piece scheduled for later publication appears. */
@Component
class VoicesSchedule implements ScheduledVisibility {

  private final JdbcClient jdbc;

  VoicesSchedule(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Instant> nextChangeAfter(Instant now) {
    Timestamp next =
        jdbc.sql("select min(publish_at) from voices_piece where publish_at > :now")
            .param("now", Timestamp.from(now))
            .query(Timestamp.class)
            .optional()
            .orElse(null);
    return Optional.ofNullable(next).map(Timestamp::toInstant);
  }
}
