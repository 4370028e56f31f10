package org.safeports.library;

import java.util.Map;
import org.safeports.platform.CountryWaitingSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For a delegate's monthly summary: their state's published plans not reviewed for a year, the same
 * rule as the secretariat's queue and the library's "review overdue" filter.
 */
@Component
class LibraryCountryWaiting implements CountryWaitingSource {

  private final JdbcClient jdbc;

  LibraryCountryWaiting(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<Waiting, Long> waitingFor(String countryCode) {
    long due =
        jdbc.sql(
                "select count(*) from library_document d where d.country_code = :country"
                    + " and d.status = 'PUBLISHED' and"
                    + LibraryListings.PLAN_REVIEW_OVERDUE)
            .param("country", countryCode)
            .query(Long.class)
            .single();
    return Map.of(Waiting.PLANS_REVIEW_DUE, due);
  }
}
