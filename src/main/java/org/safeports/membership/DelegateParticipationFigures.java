package org.safeports.membership;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.safeports.platform.ParticipationSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Delegates per member state for the participation table: those in office at the end of the period
 * (appointed before it ended and not removed), and of them those who signed in since the period
 * began.
 */
@Component
class DelegateParticipationFigures implements ParticipationSource {

  private final JdbcClient jdbc;

  DelegateParticipationFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<Measure, Map<String, Long>> figures(Instant from, Instant to) {
    Map<String, Long> appointed = new HashMap<>();
    Map<String, Long> active = new HashMap<>();
    jdbc.sql(
            "select d.country_code, count(*),"
                + " count(*) filter (where a.last_sign_in_at >= :from) from delegate d"
                + " join account a on a.id = d.account_id where d.appointed_at < :to"
                + " group by d.country_code")
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .query(
            (rs, n) -> {
              appointed.put(rs.getString(1), rs.getLong(2));
              return active.put(rs.getString(1), rs.getLong(3));
            })
        .list();
    Map<Measure, Map<String, Long>> figures = new EnumMap<>(Measure.class);
    figures.put(Measure.DELEGATES_APPOINTED, appointed);
    figures.put(Measure.DELEGATES_ACTIVE, active);
    return figures;
  }
}
