package org.safeports.surveys;

import java.util.Map;
import org.safeports.platform.CountryWaitingSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For a delegate's monthly summary: the open surveys addressed to member states that their state
 * has not submitted (a draft begun counts as not answered).
 */
@Component
class SurveyCountryWaiting implements CountryWaitingSource {

  private final JdbcClient jdbc;

  SurveyCountryWaiting(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<Waiting, Long> waitingFor(String countryCode) {
    long open =
        jdbc.sql(
                "select count(*) from survey s where s.status = 'OPEN' and s.audience = 'STATES'"
                    + " and not exists (select 1 from survey_response r where r.survey_id = s.id"
                    + " and r.country_code = :country and r.status = 'SUBMITTED')")
            .param("country", countryCode)
            .query(Long.class)
            .single();
    return Map.of(Waiting.SURVEYS_UNANSWERED, open);
  }
}
