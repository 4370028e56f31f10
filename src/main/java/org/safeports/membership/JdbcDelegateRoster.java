package org.safeports.membership;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a country's delegates from the {@code delegate} table (who was appointed, for which
 * country, with what position and phone) and their accounts (name, organisation, address).
 */
@Repository
class JdbcDelegateRoster implements DelegateRoster {

  private final JdbcClient jdbc;

  JdbcDelegateRoster(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<DelegateListing> of(String countryCode) {
    return jdbc.sql(
            """
            select a.display_name, d.position, a.organisation, a.email, d.phone
            from delegate d join account a on a.id = d.account_id
            where d.country_code = ?
            order by d.appointed_at, d.id
            """)
        .param(countryCode)
        .query(
            (rs, n) ->
                new DelegateListing(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5)))
        .list();
  }
}
