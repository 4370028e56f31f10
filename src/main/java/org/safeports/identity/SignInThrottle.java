package org.safeports.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and per address in the database, so that every instance of the
 * portal sees the same counts. Past the limit, sign-in is refused for the rest of the window,
 * whether the password is right or not, and whether the account exists or not.
 */
@Component
class SignInThrottle {

  static final Duration WINDOW = Duration.ofMinutes(15);
  static final int ACCOUNT_LIMIT = 5;
  static final int ADDRESS_LIMIT = 20;

  private final JdbcClient jdbc;
  private final Clock clock;

  SignInThrottle(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  boolean isBlocked(String email, String address) {
    Instant now = clock.instant();
    return failuresInWindow(accountKey(email), now) >= ACCOUNT_LIMIT
        || failuresInWindow(addressKey(address), now) >= ADDRESS_LIMIT;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void recordFailure(String email, String address) {
    Instant now = clock.instant();
    bump(accountKey(email), now);
    bump(addressKey(address), now);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void recordSuccess(String email) {
    jdbc.sql("delete from sign_in_throttle where throttle_key = ?")
        .param(accountKey(email))
        .update();
  }

  private int failuresInWindow(String key, Instant now) {
    return jdbc.sql(
            "select failures from sign_in_throttle where throttle_key = ? and window_started_at > ?")
        .param(key)
        .param(Timestamp.from(now.minus(WINDOW)))
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  /** Starts a new window when the old one is over, else adds one failure to it. */
  private void bump(String key, Instant now) {
    jdbc.sql(
            """
            insert into sign_in_throttle (throttle_key, failures, window_started_at)
            values (:key, 1, :now)
            on conflict (throttle_key) do update set
              failures = case when sign_in_throttle.window_started_at <= :windowStart then 1
                              else sign_in_throttle.failures + 1 end,
              window_started_at = case when sign_in_throttle.window_started_at <= :windowStart
                                       then :now else sign_in_throttle.window_started_at end
            """)
        .param("key", key)
        .param("now", Timestamp.from(now))
        .param("windowStart", Timestamp.from(now.minus(WINDOW)))
        .update();
  }

  private static String accountKey(String email) {
    return "account:" + (email == null ? "" : Account.normalise(email));
  }

  private static String addressKey(String address) {
    return "address:" + (address == null ? "unknown" : address);
  }
}
