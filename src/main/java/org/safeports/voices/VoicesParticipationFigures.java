package org.safeports.voices;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.safeports.platform.ParticipationSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Port Voices pieces per member state for the participation table: those submitted in the period.
 */
@Component
class VoicesParticipationFigures implements ParticipationSource {

  private final JdbcClient jdbc;

  VoicesParticipationFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<Measure, Map<String, Long>> figures(Instant from, Instant to) {
    Map<String, Long> pieces = new HashMap<>();
    jdbc.sql(
            "select country_code, count(*) from voices_piece where country_code is not null"
                + " and submitted_at >= :from and submitted_at < :to group by country_code")
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .query((rs, n) -> pieces.put(rs.getString(1), rs.getLong(2)))
        .list();
    return Map.of(Measure.PIECES, pieces);
  }
}
