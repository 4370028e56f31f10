package org.safeports.membership;

import java.util.List;
import org.springframework.stereotype.Component;

/** The member states an account is a delegate of, for pages that show a delegate their own. */
@Component
public class DelegateCountries {

  /** One person's seat as a delegate of one country. */
  public record Seat(long accountId, String countryCode) {}

  private final PfsoDelegations delegations;
  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

  DelegateCountries(
      PfsoDelegations delegations, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    this.delegations = delegations;
    this.jdbc = jdbc;
  }

  /** Every delegate of every country, in order of account and country. */
  public List<Seat> all() {
    return jdbc.sql(
            "select account_id, country_code from delegate order by account_id, country_code")
        .query((rs, n) -> new Seat(rs.getLong(1), rs.getString(2)))
        .list();
  }

  /** Usually one; none for anyone who is not a delegate. */
  public List<String> of(long accountId) {
    return delegations.countriesOf(accountId);
  }
}
