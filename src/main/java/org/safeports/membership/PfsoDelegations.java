package org.safeports.membership;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who speaks for which country, as the delegates' table says: the countries whose PFSO requests an
 * account decides, and the accounts that decide a country's requests.
 */
@Component
class PfsoDelegations {

  private final JdbcClient jdbc;

  PfsoDelegations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The countries this account is a delegate of, usually one. */
  List<String> countriesOf(long accountId) {
    return jdbc.sql("select distinct country_code from delegate where account_id = :id order by 1")
        .param("id", accountId)
        .query(String.class)
        .list();
  }

  /** The accounts that are delegates of this country. */
  List<Long> delegatesOf(String countryCode) {
    return jdbc.sql(
            "select distinct account_id from delegate where country_code = :code order by 1")
        .param("code", countryCode)
        .query(Long.class)
        .list();
  }
}
