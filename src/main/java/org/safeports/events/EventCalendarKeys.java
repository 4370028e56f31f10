package org.safeports.events;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret in each person's calendar feed address. Calendar programs send no cookie, so the
 * address itself is the key: long, random, one per account, made the first time it is asked for.
 */
@Component
public class EventCalendarKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;

  EventCalendarKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The account's secret, made now if it has none (two requests at once still agree on one). */
  @Transactional
  public String secretFor(long accountId) {
    jdbc.sql(
            """
            insert into event_calendar_key (account_id, secret, created_at)
            values (:account, :secret, :now) on conflict (account_id) do nothing
            """)
        .param("account", accountId)
        .param("secret", fresh())
        .param("now", java.sql.Timestamp.from(Instant.now()))
        .update();
    return jdbc.sql("select secret from event_calendar_key where account_id = :account")
        .param("account", accountId)
        .query(String.class)
        .single();
  }

  /**
   * A new secret for the account, in place of the old one, which stops opening the feed at once (a
   * person who gave the address away, or fears it leaked). Its answer is the new secret.
   */
  @Transactional
  String renew(long accountId) {
    String secret = fresh();
    jdbc.sql(
            """
            insert into event_calendar_key (account_id, secret, created_at)
            values (:account, :secret, :now)
            on conflict (account_id) do update
              set secret = excluded.secret, created_at = excluded.created_at
            """)
        .param("account", accountId)
        .param("secret", secret)
        .param("now", java.sql.Timestamp.from(Instant.now()))
        .update();
    return secret;
  }

  /** Whose feed a secret opens; empty for anything that is not a current secret. */
  Optional<Long> accountFor(String secret) {
    if (secret == null || secret.length() < 20 || secret.length() > 64) {
      return Optional.empty();
    }
    return jdbc.sql("select account_id from event_calendar_key where secret = :secret")
        .param("secret", secret)
        .query(Long.class)
        .optional();
  }

  private static String fresh() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
