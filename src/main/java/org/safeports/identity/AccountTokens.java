package org.safeports.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The links e-mailed to an account (verification, password reset): issued, looked up, used once.
 * Only a hash of each is stored.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AccountTokens {

  /**
   * At most this many verification or reset e-mails per account and hour, and as many notices of a
   * sign-up with the address of an existing account.
   */
  static final int LINKS_PER_HOUR = 3;

  private final AccountTokenRepository tokens;
  private final AccountRepository accounts;
  private final Clock clock;

  AccountTokens(AccountTokenRepository tokens, AccountRepository accounts, Clock clock) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** A new link token for the account; the ones it had for the same purpose stop working. */
  String issue(Account account, AccountToken.Purpose purpose, Duration validity) {
    Instant now = clock.instant();
    tokens.invalidateAll(account.id(), purpose, now);
    String token = SecretTokens.newLinkToken();
    tokens.save(
        new AccountToken(account.id(), purpose, SecretTokens.sha256(token), now.plus(validity)));
    return token;
  }

  /** The enabled account whose usable token this is; the token is used up. */
  Optional<Account> use(String token, AccountToken.Purpose purpose) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return tokens
        .findByTokenHashAndPurpose(SecretTokens.sha256(token), purpose)
        .filter(t -> t.isUsable(now))
        .flatMap(
            t -> {
              t.use(now);
              return accounts.findById(t.accountId());
            })
        .filter(Account::isEnabled);
  }

  /** The account of a token that can still be used, without using it. */
  Optional<Account> accountOfUsable(String token, AccountToken.Purpose purpose) {
    return tokens
        .findByTokenHashAndPurpose(SecretTokens.sha256(token), purpose)
        .filter(t -> t.isUsable(clock.instant()))
        .flatMap(t -> accounts.findById(t.accountId()));
  }

  void invalidateAll(Account account, AccountToken.Purpose purpose) {
    tokens.invalidateAll(account.id(), purpose, clock.instant());
  }

  boolean underHourlyLimit(Account account, AccountToken.Purpose purpose) {
    return tokens.countByAccountIdAndPurposeAndCreatedAtAfter(
            account.id(), purpose, clock.instant().minus(Duration.ofHours(1)))
        < LINKS_PER_HOUR;
  }
}
