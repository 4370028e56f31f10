package org.safeports.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.safeports.platform.PortalProperties;
import org.safeports.platform.web.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening an account and proving its e-mail address, each step in one transaction. */
@Service
@Transactional
class SignUps {

  private final AccountRepository accounts;
  private final AccountTokens tokens;
  private final PasswordEncoder passwordEncoder;
  private final SignInThrottle throttle;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final PortalProperties properties;
  private final Clock clock;

  SignUps(
      AccountRepository accounts,
      AccountTokens tokens,
      PasswordEncoder passwordEncoder,
      SignInThrottle throttle,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      PortalProperties properties,
      Clock clock) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.passwordEncoder = passwordEncoder;
    this.throttle = throttle;
    this.jdbc = jdbc;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
  }

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
   * a notice to its owner (at most {@link AccountTokens#LINKS_PER_HOUR} an hour, or anyone could
   * fill the owner's mailbox).
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
                  <= AccountTokens.LINKS_PER_HOUR) {
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
  @ApplicationModuleListener
  void onLinkAsked(AccountLinkAsked asked) {
    if (asked.purpose() != AccountToken.Purpose.VERIFY_EMAIL) {
      return;
    }
    accounts
        .findByEmail(asked.email())
        .filter(a -> !a.isVerified() && a.isEnabled())
        .filter(a -> tokens.underHourlyLimit(a, AccountToken.Purpose.VERIFY_EMAIL))
        .ifPresent(this::sendVerificationLink);
  }

  private void sendVerificationLink(Account account) {
    String token =
        tokens.issue(
            account, AccountToken.Purpose.VERIFY_EMAIL, properties.verificationLinkValidity());
    events.publishEvent(
        new EmailVerificationRequested(
            account.email(),
            account.displayName(),
            account.language(),
            properties.link("/verify-email?token=" + token)));
  }

  boolean verifyEmail(String token) {
    return tokens
        .use(token, AccountToken.Purpose.VERIFY_EMAIL)
        .map(
            account -> {
              account.markVerified(clock.instant());
              return true;
            })
        .orElse(false);
  }
}
