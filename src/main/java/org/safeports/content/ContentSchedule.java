package org.safeports.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.safeports.platform.web.ScheduledVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** When the next news item or page scheduled for later becomes visible. */
@Component
class ContentSchedule implements ScheduledVisibility {

  private final JdbcClient jdbc;

  ContentSchedule(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Instant> nextChangeAfter(Instant now) {
    Timestamp next =
        jdbc.sql("select min(publish_at) from content_item where publish_at > :now")
            .param("now", Timestamp.from(now))
            .query(Timestamp.class)
            .optional()
            .orElse(null);
    return Optional.ofNullable(next).map(Timestamp::toInstant);
  }
}
