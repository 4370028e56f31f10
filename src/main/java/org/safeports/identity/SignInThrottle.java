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
 * Counts failures in the database, so that every instance of the portal sees the same counts. Past
 * a limit, the attempt is refused for the rest of the window, whether the password is right or not,
 * and whether the account exists or not.
 *
 * <p>Wrong passwords are counted as flood control does it: per account and address together, so
 * that an attacker elsewhere cannot shut the owner out; per address, against one address trying
 * many accounts; and per account from devices that never signed in to it, against many addresses
 * trying one account. A device that signed in before (it holds a signed cookie, see {@link
 * DeviceCookies}) is counted on its own and is not shut out by the others' failures.
 *
 * <p>Second-factor codes and the password asked again on the account's own pages have counters of
 * their own, which a right password does not reset.
 */
@Component
class SignInThrottle {

  static final Duration WINDOW = Duration.ofMinutes(15);

  /** Wrong passwords for one account from one address. */
  static final int ACCOUNT_AT_ADDRESS_LIMIT = 5;

  /** Wrong passwords for one account from devices that never signed in to it, from anywhere. */
  static final int ACCOUNT_LIMIT = 10;

  /** Wrong passwords from a device that signed in to the account before. */
  static final int DEVICE_LIMIT = 5;

  /** Wrong passwords from one address, for any accounts. */
  static final int ADDRESS_LIMIT = 20;

  /** Wrong second-factor codes for one account, whatever the password did. */
  static final int CODE_LIMIT = 5;

  /** Wrong current passwords typed on the account's own pages (password change, second factor). */
  static final int PASSWORD_CHECK_LIMIT = 5;

  private final JdbcClient jdbc;
  private final Clock clock;

  SignInThrottle(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * One try at signing in with a password. {@code trustedDevice} is the id of a device that signed
   * in to this account before (from a valid cookie), or null.
   */
  record Attempt(String email, String address, String trustedDevice) {

    Attempt {
      email = email == null ? "" : Account.normalise(email);
      address = address == null ? "unknown" : address;
    }

    String accountAtAddressKey() {
      return "account-address:" + email + "|" + address;
    }

    String accountKey() {
      return "account:" + email;
    }

    String addressKey() {
      return "address:" + address;
    }

    String deviceKey() {
      return "device:" + trustedDevice;
    }
  }

  /**
   * Whether the attempt is refused before its password is checked. A trusted device that failed too
   * often itself counts as any other device from then on.
   */
  @Transactional(readOnly = true)
  boolean isBlocked(Attempt attempt) {
    Instant now = clock.instant();
    if (failures(attempt.addressKey(), now, WINDOW) >= ADDRESS_LIMIT) {
      return true;
    }
    if (isTrusted(attempt, now)) {
      return false;
    }
    return failures(attempt.accountAtAddressKey(), now, WINDOW) >= ACCOUNT_AT_ADDRESS_LIMIT
        || failures(attempt.accountKey(), now, WINDOW) >= ACCOUNT_LIMIT;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void recordFailure(Attempt attempt) {
    Instant now = clock.instant();
    bump(attempt.addressKey(), now, WINDOW);
    if (isTrusted(attempt, now)) {
      bump(attempt.deviceKey(), now, WINDOW);
    } else {
      bump(attempt.accountAtAddressKey(), now, WINDOW);
      bump(attempt.accountKey(), now, WINDOW);
    }
  }

  /**
   * A right password clears its own address's and device's counts for the account, never the
   * account's count from elsewhere: an attacker who knows the password would wipe their own traces.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void recordSuccess(Attempt attempt) {
    clear(attempt.accountAtAddressKey());
    if (attempt.trustedDevice() != null) {
      clear(attempt.deviceKey());
    }
  }

  private boolean isTrusted(Attempt attempt, Instant now) {
    return attempt.trustedDevice() != null
        && failures(attempt.deviceKey(), now, WINDOW) < DEVICE_LIMIT;
  }

  // --- second-factor codes ----------------------------------------------------------------------

  @Transactional(readOnly = true)
  boolean codesBlocked(String email) {
    return failures(codeKey(email), clock.instant(), WINDOW) >= CODE_LIMIT;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void recordCodeFailure(String email) {
    bump(codeKey(email), clock.instant(), WINDOW);
  }

  /** Only the right code clears the codes' count: only the owner has it. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void recordCodeSuccess(String email) {
    clear(codeKey(email));
  }

  // --- the password asked again on the account's own pages --------------------------------------

  @Transactional(readOnly = true)
  boolean passwordChecksBlocked(String email) {
    return failures(passwordCheckKey(email), clock.instant(), WINDOW) >= PASSWORD_CHECK_LIMIT;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void recordPasswordCheckFailure(String email) {
    bump(passwordCheckKey(email), clock.instant(), WINDOW);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void recordPasswordCheckSuccess(String email) {
    clear(passwordCheckKey(email));
  }

  // --- anything else counted per window ---------------------------------------------------------

  /** Counts one more event under the key and answers the count in the current window. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  int count(String key, Duration window) {
    return bump(key, clock.instant(), window);
  }

  private int failures(String key, Instant now, Duration window) {
    return jdbc.sql(
            "select failures from sign_in_throttle where throttle_key = ? and window_started_at > ?")
        .param(stored(key))
        .param(Timestamp.from(now.minus(window)))
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  /** Starts a new window when the old one is over, else adds one to it; answers the new count. */
  private int bump(String key, Instant now, Duration window) {
    return jdbc.sql(
            """
            insert into sign_in_throttle (throttle_key, failures, window_started_at)
            values (:key, 1, :now)
            on conflict (throttle_key) do update set
              failures = case when sign_in_throttle.window_started_at <= :windowStart then 1
                              else sign_in_throttle.failures + 1 end,
              window_started_at = case when sign_in_throttle.window_started_at <= :windowStart
                                       then :now else sign_in_throttle.window_started_at end
            returning failures
            """)
        .param("key", stored(key))
        .param("now", Timestamp.from(now))
        .param("windowStart", Timestamp.from(now.minus(window)))
        .query(Integer.class)
        .single();
  }

  private void clear(String key) {
    jdbc.sql("delete from sign_in_throttle where throttle_key = ?").param(stored(key)).update();
  }

  /** The sign-in form takes an address of any length: a long key is stored by its hash. */
  private static String stored(String key) {
    return key.length() <= 300 ? key : "sha256:" + SecretTokens.sha256(key);
  }

  private static String codeKey(String email) {
    return "code:" + Account.normalise(email);
  }

  private static String passwordCheckKey(String email) {
    return "password-check:" + Account.normalise(email);
  }
}
