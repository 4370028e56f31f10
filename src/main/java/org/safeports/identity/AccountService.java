package org.safeports.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.safeports.membership.MemberStates;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.PortalProperties;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.security.PortalRole;
import org.safeports.platform.web.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything that changes an account, each in one transaction with the events it causes. */
@Service
@Transactional
class AccountService implements AccountDirectory {

  /**
   * At most this many verification or reset e-mails per account and hour, and as many notices of a
   * sign-up with the address of an existing account.
   */
  static final int LINKS_PER_HOUR = 3;

  /** What became of a password typed again on the account's own pages. */
  enum PasswordCheck {
    RIGHT,
    WRONG,
    /** Too many wrong ones lately: not even checked. */
    TOO_MANY_TRIES
  }

  private final AccountRepository accounts;
  private final AccountTokenRepository tokens;
  private final RecoveryCodeRepository recoveryCodes;
  private final PasswordEncoder passwordEncoder;
  private final PasswordPolicy passwordPolicy;
  private final MemberStates memberStates;
  private final SessionTerminator sessions;
  private final SignInThrottle throttle;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final PortalProperties properties;
  private final Clock clock;
  private final IdentityAudit audit;

  AccountService(
      AccountRepository accounts,
      AccountTokenRepository tokens,
      RecoveryCodeRepository recoveryCodes,
      PasswordEncoder passwordEncoder,
      PasswordPolicy passwordPolicy,
      MemberStates memberStates,
      SessionTerminator sessions,
      SignInThrottle throttle,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      PortalProperties properties,
      Clock clock,
      IdentityAudit audit) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.recoveryCodes = recoveryCodes;
    this.passwordEncoder = passwordEncoder;
    this.passwordPolicy = passwordPolicy;
    this.memberStates = memberStates;
    this.sessions = sessions;
    this.throttle = throttle;
    this.jdbc = jdbc;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
    this.audit = audit;
  }

  // --- sign-up and verification -------------------------------------------------------------

  /**
   * Creates an unverified account, or does nothing when the address has one; the caller shows the
   * same page in both cases. Both take the same steps, so that the time of the answer does not tell
   * either: the password is hashed, one statement inserts the account unless the address is taken,
   * and one event is queued. The verification link, or the notice to the address's owner, follows
   * after the answer ({@link #onSignUp}).
   */
  void register(SignUpForm form, Language language) {
    String email = Account.normalise(form.email());
    String passwordHash = passwordEncoder.encode(form.password());
    int created =
        jdbc.sql(
                """
                insert into account (email, display_name, organisation, country_code, role,
                                     password_hash, language, created_at, updated_at)
                values (:email, :name, :organisation, :country, 'USER', :hash, :language, :now,
                        :now)
                on conflict (email) do nothing
                """)
            .param("email", email)
            .param("name", form.displayName())
            .param("organisation", form.organisation())
            .param("country", form.country())
            .param("hash", passwordHash)
            .param("language", language.code())
            .param("now", Timestamp.from(clock.instant()))
            .update();
    events.publishEvent(new SignUpReceived(email, created == 1));
  }

  /**
   * After a sign-up: the verification link for a new account; for an address that already had one,
   * a notice to its owner (at most {@link #LINKS_PER_HOUR} an hour, or anyone could fill the
   * owner's mailbox).
   */
  @ApplicationModuleListener
  void onSignUp(SignUpReceived signUp) {
    accounts
        .findByEmail(signUp.email())
        .ifPresent(
            account -> {
              if (signUp.created()) {
                sendVerificationLink(account);
              } else if (throttle.count("sign-up-notice:" + account.email(), Duration.ofHours(1))
                  <= LINKS_PER_HOUR) {
                events.publishEvent(
                    new SignUpRepeated(
                        account.email(),
                        account.displayName(),
                        account.language(),
                        properties.link("/sign-in"),
                        properties.link("/password-reset")));
              }
            });
  }

  /**
   * Asks for a new verification link; what follows happens after the answer ({@link #onLinkAsked}),
   * so that its time is the same whether the address has an account or not.
   */
  void resendVerification(String email) {
    events.publishEvent(
        new AccountLinkAsked(AccountToken.Purpose.VERIFY_EMAIL, Account.normalise(email)));
  }

  /** A new verification link for an unverified account; silent for any other address. */
  private void resendVerificationTo(String email) {
    accounts
        .findByEmail(email)
        .filter(a -> !a.isVerified() && a.isEnabled())
        .filter(a -> underHourlyLimit(a, AccountToken.Purpose.VERIFY_EMAIL))
        .ifPresent(this::sendVerificationLink);
  }

  private void sendVerificationLink(Account account) {
    String token =
        issueToken(
            account, AccountToken.Purpose.VERIFY_EMAIL, properties.verificationLinkValidity());
    events.publishEvent(
        new EmailVerificationRequested(
            account.email(),
            account.displayName(),
            account.language(),
            properties.link("/verify-email?token=" + token)));
  }

  boolean verifyEmail(String token) {
    return useToken(token, AccountToken.Purpose.VERIFY_EMAIL)
        .map(
            account -> {
              account.markVerified(clock.instant());
              return true;
            })
        .orElse(false);
  }

  // --- passwords ------------------------------------------------------------------------------

  /**
   * Asks for a reset link; what follows happens after the answer ({@link #onLinkAsked}), so that
   * its time is the same whether the address has an account or not.
   */
  void requestPasswordReset(String email) {
    events.publishEvent(
        new AccountLinkAsked(AccountToken.Purpose.RESET_PASSWORD, Account.normalise(email)));
  }

  @ApplicationModuleListener
  void onLinkAsked(AccountLinkAsked asked) {
    switch (asked.purpose()) {
      case VERIFY_EMAIL -> resendVerificationTo(asked.email());
      case RESET_PASSWORD -> sendResetLinkTo(asked.email());
    }
  }

  private void sendResetLinkTo(String email) {
    accounts
        .findByEmail(email)
        .filter(Account::isEnabled)
        .filter(a -> underHourlyLimit(a, AccountToken.Purpose.RESET_PASSWORD))
        .ifPresent(
            account -> {
              String token =
                  issueToken(
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
    return tokens
        .findByTokenHashAndPurpose(SecretTokens.sha256(token), AccountToken.Purpose.RESET_PASSWORD)
        .filter(t -> t.isUsable(clock.instant()))
        .isPresent();
  }

  /** The e-mail of the account the reset link belongs to, for the password rules. */
  @Transactional(readOnly = true)
  Optional<String> emailForResetToken(String token) {
    return tokens
        .findByTokenHashAndPurpose(SecretTokens.sha256(token), AccountToken.Purpose.RESET_PASSWORD)
        .filter(t -> t.isUsable(clock.instant()))
        .flatMap(t -> accounts.findById(t.accountId()))
        .map(Account::email);
  }

  /**
   * Sets a new password through a reset link, which also proves the mailbox: the address counts as
   * verified. Every open session of the account ends.
   */
  boolean resetPassword(String token, String newPassword) {
    Optional<Account> found = useToken(token, AccountToken.Purpose.RESET_PASSWORD);
    found.ifPresent(
        account -> {
          account.changePassword(passwordEncoder.encode(newPassword));
          account.markVerified(clock.instant());
          tokens.invalidateAll(account.id(), AccountToken.Purpose.RESET_PASSWORD, clock.instant());
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
  private PasswordCheck checkPassword(Account account, String password) {
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

  // --- profile --------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  AccountView view(long accountId) {
    return AccountView.of(
        accounts.findById(accountId).orElseThrow(NotFoundException::new), recoveryCodes);
  }

  /**
   * Saves what a person may change about themselves. The facts the secretariat vouches for in their
   * role (a delegate's country, an associate member's organisation) stay as the admin set them,
   * whatever the form carried: other modules trust them.
   */
  void updateProfile(long accountId, ProfileForm form) {
    Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
    String organisation =
        VouchedFacts.organisation(account.role()) ? account.organisation() : form.organisation();
    String country = VouchedFacts.country(account.role()) ? account.countryCode() : form.country();
    account.updateProfile(form.displayName(), organisation, country, form.language());
  }

  boolean isOasState(String code) {
    return memberStates.isOasState(code);
  }

  boolean isTagMember(String code) {
    return memberStates.isTagMember(code);
  }

  void recordSignIn(long accountId) {
    accounts
        .findById(accountId)
        .ifPresent(
            a -> {
              a.signedIn(clock.instant());
              audit.signedIn(a);
            });
  }

  // --- second factor --------------------------------------------------------------------------

  /** A new secret, not yet in force: the user must first type a code made from it. */
  String startTotpEnrolment(long accountId) {
    Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
    if (account.isTotpEnabled()) {
      throw new IllegalStateException("A second factor is already on");
    }
    String secret = Totp.newSecret();
    account.startTotpEnrolment(secret);
    return secret;
  }

  @Transactional(readOnly = true)
  Optional<String> pendingTotpSecret(long accountId) {
    return accounts.findById(accountId).filter(a -> !a.isTotpEnabled()).map(Account::totpSecret);
  }

  /**
   * Turns the second factor on when the code matches; answers with fresh recovery codes. The
   * account's other sessions end, as for every change of the second factor.
   */
  Optional<List<String>> confirmTotpEnrolment(long accountId, String code, String keptSessionId) {
    Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
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

  /** New recovery codes void the old ones, and the account's other sessions. */
  List<String> regenerateRecoveryCodes(long accountId, String keptSessionId) {
    Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
    sessions.endOtherSessionsOf(account.email(), keptSessionId);
    audit.byOwner(account, AuditAction.RECOVERY_CODES_RENEWED);
    return newRecoveryCodes(accountId);
  }

  PasswordCheck disableTotp(long accountId, String password, String keptSessionId) {
    Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
    PasswordCheck check = checkPassword(account, password);
    if (check != PasswordCheck.RIGHT) {
      return check;
    }
    account.removeTotp();
    audit.byOwner(account, AuditAction.SECOND_FACTOR_DISABLED);
    recoveryCodes.deleteByAccountId(accountId);
    sessions.endOtherSessionsOf(account.email(), keptSessionId);
    return PasswordCheck.RIGHT;
  }

  /** A code from the authenticator app (each works once) or an unused recovery code. */
  boolean checkSecondFactor(long accountId, String code) {
    Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
    if (!account.isTotpEnabled() || code == null) {
      return false;
    }
    OptionalLong step =
        Totp.verify(account.totpSecret(), code, clock.instant(), account.totpLastStep());
    if (step.isPresent()) {
      account.useTotpStep(step.getAsLong());
      return true;
    }
    String normalised = code.trim().toLowerCase(java.util.Locale.ROOT);
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

  // --- administration -------------------------------------------------------------------------

  @Transactional(readOnly = true)
  Page<AccountView> search(String text, PortalRole role, String country, Pageable pageable) {
    return accounts.search(text, role, country, pageable).map(a -> AccountView.of(a, null));
  }

  /**
   * Changes a role and the facts the secretariat vouches for with it (an organisation left blank
   * stays as it is); the account's sessions end so that the new rights apply at once.
   */
  void changeRole(
      long accountId, PortalRole role, String country, String portFacility, String organisation) {
    Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
    var before = IdentityAudit.standing(account);
    account.assignRole(role, country, portFacility);
    if (organisation != null && !organisation.isBlank()) {
      account.vouchOrganisation(organisation.trim());
    }
    audit.byAdmin(account, AuditAction.ROLE_CHANGED, before);
    sessions.endAllSessionsOf(account.email());
  }

  void setEnabled(long accountId, boolean enabled) {
    Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
    var before = IdentityAudit.standing(account);
    account.setEnabled(enabled);
    audit.byAdmin(
        account, enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, before);
    if (!enabled) {
      sessions.endAllSessionsOf(account.email());
    }
  }

  /** Creates a verified account straight away: the demo's accounts and the first admin. */
  long createVerified(
      String email,
      String displayName,
      String organisation,
      String country,
      String password,
      PortalRole role,
      String portFacility,
      String language) {
    Account account =
        new Account(
            email, displayName, organisation, country, passwordEncoder.encode(password), language);
    account.markVerified(clock.instant());
    account.assignRole(role, country, portFacility);
    return accounts.save(account).id();
  }

  @Transactional(readOnly = true)
  boolean exists(String email) {
    return accounts.existsByEmail(Account.normalise(email));
  }

  @Transactional(readOnly = true)
  boolean anyAdmin() {
    return accounts.existsByRole(PortalRole.ADMIN);
  }

  @Override
  @Transactional(readOnly = true)
  public Map<PortalRole, Long> countByRole() {
    Map<PortalRole, Long> counts = new EnumMap<>(PortalRole.class);
    for (PortalRole role : PortalRole.values()) {
      counts.put(role, accounts.countByRole(role));
    }
    return counts;
  }

  @Override
  @Transactional(readOnly = true)
  public long awaitingVerification() {
    return accounts.countByEmailVerifiedAtIsNull();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Contact> contact(long accountId) {
    return accounts
        .findById(accountId)
        .filter(Account::isEnabled)
        .map(a -> new Contact(a.email(), a.displayName(), a.language()));
  }

  // --- tokens ---------------------------------------------------------------------------------

  private String issueToken(Account account, AccountToken.Purpose purpose, Duration validity) {
    Instant now = clock.instant();
    tokens.invalidateAll(account.id(), purpose, now);
    String token = SecretTokens.newLinkToken();
    tokens.save(
        new AccountToken(account.id(), purpose, SecretTokens.sha256(token), now.plus(validity)));
    return token;
  }

  private Optional<Account> useToken(String token, AccountToken.Purpose purpose) {
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

  private boolean underHourlyLimit(Account account, AccountToken.Purpose purpose) {
    return tokens.countByAccountIdAndPurposeAndCreatedAtAfter(
            account.id(), purpose, clock.instant().minus(Duration.ofHours(1)))
        < LINKS_PER_HOUR;
  }
}
