package org.safeports.identity;

import java.time.Clock;
import java.util.Optional;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.PortalProperties;
import org.safeports.platform.audit.AuditAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changing a password, and resetting a forgotten one through a link, each in one transaction. */
@Service
@Transactional
class Passwords {

  /** What became of a password typed again on the account's own pages. */
  enum PasswordCheck {
    RIGHT,
    WRONG,
    /** Too many wrong ones lately: not even checked. */
    TOO_MANY_TRIES
  }

  private final AccountRepository accounts;
  private final AccountTokens tokens;
  private final PasswordEncoder passwordEncoder;
  private final PasswordPolicy passwordPolicy;
  private final SessionTerminator sessions;
  private final SignInThrottle throttle;
  private final ApplicationEventPublisher events;
  private final PortalProperties properties;
  private final Clock clock;
  private final IdentityAudit audit;

  Passwords(
      AccountRepository accounts,
      AccountTokens tokens,
      PasswordEncoder passwordEncoder,
      PasswordPolicy passwordPolicy,
      SessionTerminator sessions,
      SignInThrottle throttle,
      ApplicationEventPublisher events,
      PortalProperties properties,
      Clock clock,
      IdentityAudit audit) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.passwordEncoder = passwordEncoder;
    this.passwordPolicy = passwordPolicy;
    this.sessions = sessions;
    this.throttle = throttle;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * Asks for a reset link; what follows happens after the answer ({@link #onLinkAsked}), so that
   * its time is the same whether the address has an account or not.
   */
  void requestPasswordReset(String email) {
    events.publishEvent(
        new AccountLinkAsked(AccountToken.Purpose.RESET_PASSWORD, Account.normalise(email)));
  }

  /** A reset link for an enabled account, at most a few an hour; silent for any other address. */
  @ApplicationModuleListener
  void onLinkAsked(AccountLinkAsked asked) {
    if (asked.purpose() != AccountToken.Purpose.RESET_PASSWORD) {
      return;
    }
    accounts
        .findByEmail(asked.email())
        .filter(Account::isEnabled)
        .filter(a -> tokens.underHourlyLimit(a, AccountToken.Purpose.RESET_PASSWORD))
        .ifPresent(
            account -> {
              String token =
                  tokens.issue(
                      account,
                      AccountToken.Purpose.RESET_PASSWORD,
                      properties.passwordResetLinkValidity());
              events.publishEvent(
                  new PasswordResetRequested(
                      account.email(),
                      account.displayName(),
                      account.language(),
                      properties.link("/password-reset/" + token)));
            });
  }

  @Transactional(readOnly = true)
  boolean isResetTokenUsable(String token) {
    return tokens.accountOfUsable(token, AccountToken.Purpose.RESET_PASSWORD).isPresent();
  }

  /** The e-mail of the account the reset link belongs to, for the password rules. */
  @Transactional(readOnly = true)
  Optional<String> emailForResetToken(String token) {
    return tokens.accountOfUsable(token, AccountToken.Purpose.RESET_PASSWORD).map(Account::email);
  }

  /**
   * Sets a new password through a reset link, which also proves the mailbox: the address counts as
   * verified. Every open session of the account ends.
   */
  boolean resetPassword(String token, String newPassword) {
    Optional<Account> found = tokens.use(token, AccountToken.Purpose.RESET_PASSWORD);
    found.ifPresent(
        account -> {
          account.changePassword(passwordEncoder.encode(newPassword));
          account.markVerified(clock.instant());
          tokens.invalidateAll(account, AccountToken.Purpose.RESET_PASSWORD);
          sessions.endAllSessionsOf(account.email());
          audit.byOwner(account, AuditAction.PASSWORD_RESET);
          events.publishEvent(
              new PasswordChanged(account.email(), account.displayName(), account.language()));
        });
    return found.isPresent();
  }

  /**
   * Changes the password when the current one is right; every other session of the account ends,
   * the one it was changed from ({@code keptSessionId}) stays signed in.
   */
  PasswordCheck changePassword(
      long accountId, String currentPassword, String newPassword, String keptSessionId) {
    Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
    PasswordCheck check = checkPassword(account, currentPassword);
    if (check != PasswordCheck.RIGHT) {
      return check;
    }
    account.changePassword(passwordEncoder.encode(newPassword));
    sessions.endOtherSessionsOf(account.email(), keptSessionId);
    audit.byOwner(account, AuditAction.PASSWORD_CHANGED);
    events.publishEvent(
        new PasswordChanged(account.email(), account.displayName(), account.language()));
    return PasswordCheck.RIGHT;
  }

  /**
   * The password typed again on the account's own pages, throttled on its own: whoever holds a
   * session someone left open must not be able to guess it at leisure.
   */
  PasswordCheck checkPassword(Account account, String password) {
    if (throttle.passwordChecksBlocked(account.email())) {
      return PasswordCheck.TOO_MANY_TRIES;
    }
    if (password == null || !passwordEncoder.matches(password, account.passwordHash())) {
      throttle.recordPasswordCheckFailure(account.email());
      return PasswordCheck.WRONG;
    }
    throttle.recordPasswordCheckSuccess(account.email());
    return PasswordCheck.RIGHT;
  }

  Optional<String> passwordProblem(String password, String email) {
    return passwordPolicy.problemWith(password, email);
  }
}
