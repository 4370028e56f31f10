package org.safeports.surveys;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.safeports.platform.ParticipationSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Survey answers per member state for the participation table: the member states' shared answers
 * submitted in the period (as the surveys' own participation table counts them, one per state and
 * survey).
 */
@Component
class SurveyParticipationFigures implements ParticipationSource {

  private final JdbcClient jdbc;

  SurveyParticipationFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<Measure, Map<String, Long>> figures(Instant from, Instant to) {
    Map<String, Long> answers = new HashMap<>();
    jdbc.sql(
            "select country_code, count(*) from survey_response where status = 'SUBMITTED'"
                + " and country_code is not null and submitted_at >= :from and submitted_at < :to"
                + " group by country_code")
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .query((rs, n) -> answers.put(rs.getString(1), rs.getLong(2)))
        .list();
    return Map.of(Measure.SURVEY_ANSWERS, answers);
  }
}
