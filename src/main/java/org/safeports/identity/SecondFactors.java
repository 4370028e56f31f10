package org.safeports.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of signing in: an authenticator app's codes, and recovery codes for when the
 * phone is lost. Every change of it ends the account's other sessions.
 */
@Service
@Transactional
class SecondFactors {

  private final AccountRepository accounts;
  private final RecoveryCodeRepository recoveryCodes;
  private final Passwords passwords;
  private final SessionTerminator sessions;
  private final Clock clock;
  private final IdentityAudit audit;

  SecondFactors(
      AccountRepository accounts,
      RecoveryCodeRepository recoveryCodes,
      Passwords passwords,
      SessionTerminator sessions,
      Clock clock,
      IdentityAudit audit) {
    this.accounts = accounts;
    this.recoveryCodes = recoveryCodes;
    this.passwords = passwords;
    this.sessions = sessions;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * A new secret, not yet in force: the user must first type a code made from it. Refused when the
   * account has a second factor already ({@code signingIn}: asked for while signing in).
   */
  String startTotpEnrolment(long accountId, boolean signingIn) {
    Account account = account(accountId);
    if (account.isTotpEnabled()) {
      throw IdentityRefusal.secondFactorAlreadyOn(signingIn);
    }
    String secret = Totp.newSecret();
    account.startTotpEnrolment(secret);
    return secret;
  }

  @Transactional(readOnly = true)
  Optional<String> pendingTotpSecret(long accountId) {
    return accounts.findById(accountId).filter(a -> !a.isTotpEnabled()).map(Account::totpSecret);
  }

  /** Turns the second factor on when the code matches; answers with fresh recovery codes. */
  Optional<List<String>> confirmTotpEnrolment(long accountId, String code, String keptSessionId) {
    Account account = account(accountId);
    if (account.isTotpEnabled() || account.totpSecret() == null) {
      return Optional.empty();
    }
    OptionalLong step = Totp.verify(account.totpSecret(), code, clock.instant(), null);
    if (step.isEmpty()) {
      return Optional.empty();
    }
    account.confirmTotp(step.getAsLong());
    sessions.endOtherSessionsOf(account.email(), keptSessionId);
    audit.byOwner(account, AuditAction.SECOND_FACTOR_ENABLED);
    return Optional.of(newRecoveryCodes(account.id()));
  }

  /** New recovery codes void the old ones. */
  List<String> regenerateRecoveryCodes(long accountId, String keptSessionId) {
    Account account = account(accountId);
    sessions.endOtherSessionsOf(account.email(), keptSessionId);
    audit.byOwner(account, AuditAction.RECOVERY_CODES_RENEWED);
    return newRecoveryCodes(accountId);
  }

  Passwords.PasswordCheck disableTotp(long accountId, String password, String keptSessionId) {
    Account account = account(accountId);
    Passwords.PasswordCheck check = passwords.checkPassword(account, password);
    if (check != Passwords.PasswordCheck.RIGHT) {
      return check;
    }
    account.removeTotp();
    audit.byOwner(account, AuditAction.SECOND_FACTOR_DISABLED);
    recoveryCodes.deleteByAccountId(accountId);
    sessions.endOtherSessionsOf(account.email(), keptSessionId);
    return Passwords.PasswordCheck.RIGHT;
  }

  /** A code from the authenticator app (each works once) or an unused recovery code. */
  boolean checkSecondFactor(long accountId, String code) {
    Account account = account(accountId);
    if (!account.isTotpEnabled() || code == null) {
      return false;
    }
    OptionalLong step =
        Totp.verify(account.totpSecret(), code, clock.instant(), account.totpLastStep());
    if (step.isPresent()) {
      account.useTotpStep(step.getAsLong());
      return true;
    }
    String normalised = code.trim().toLowerCase(Locale.ROOT);
    boolean recovered =
        recoveryCodes
            .findByAccountIdAndCodeHashAndUsedAtIsNull(accountId, SecretTokens.sha256(normalised))
            .map(
                recovery -> {
                  recovery.use(clock.instant());
                  return true;
                })
            .orElse(false);
    if (!recovered) {
      audit.secondFactorRefused(account);
    }
    return recovered;
  }

  /** A code typed while code entry is closed for the account: recorded, not checked. */
  void secondFactorThrottled(long accountId) {
    accounts.findById(accountId).ifPresent(audit::secondFactorThrottled);
  }

  private List<String> newRecoveryCodes(long accountId) {
    recoveryCodes.deleteByAccountId(accountId);
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String code = SecretTokens.newRecoveryCode();
      codes.add(code);
      recoveryCodes.save(new RecoveryCode(accountId, SecretTokens.sha256(code)));
    }
    return codes;
  }

  private Account account(long accountId) {
    return accounts.findById(accountId).orElseThrow(NotFoundException::new);
  }
}
