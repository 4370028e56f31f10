package org.safeports.identity;

import java.util.Map;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditActor;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.safeports.platform.audit.Auditable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.AuthenticationException;

/**
 * What identity writes into the audit log: sign-ins, failed and refused ones, sign-outs, password
 * and second-factor changes, roles, countries and disabling. Failures and sign-outs come from
 * Spring Security's own events; the rest is called by {@link AccountService} inside the change's
 * transaction.
 */
@Configuration(proxyBeanMethods = false)
class IdentityAudit {

  private final AuditLog log;
  private final AccountRepository accounts;

  IdentityAudit(AuditLog log, AccountRepository accounts) {
    this.log = log;
    this.accounts = accounts;
  }

  /**
   * Tells the application of every refused sign-in, including the portal's own reasons (throttled,
   * unverified), which Spring Security's publisher would otherwise drop as unknown exceptions.
   */
  @Bean
  static AuthenticationEventPublisher signInEvents(ApplicationEventPublisher events) {
    DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
    publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
    return publisher;
  }

  @EventListener
  void signInRefused(AbstractAuthenticationFailureEvent event) {
    AuthenticationException reason = event.getException();
    String typed = Account.normalise(String.valueOf(event.getAuthentication().getName()));
    AuditActor actor =
        accounts
            .findByEmail(typed)
            .map(a -> new AuditActor(a.id(), a.email(), a.displayName()))
            .orElse(AuditActor.typed(typed));
    AuditAction action =
        reason instanceof ThrottledSignInException
            ? AuditAction.SIGN_IN_THROTTLED
            : AuditAction.SIGN_IN_FAILED;
    log.record(
        AuditEntry.of(action, actor.accountId())
            .detail(AuditEntry.fields("reason", reasonOf(reason)))
            .by(actor));
  }

  @EventListener
  void signedOut(LogoutSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof Auditable person) {
      log.record(AuditEntry.of(AuditAction.SIGN_OUT, person.accountId()).by(AuditActor.of(person)));
    }
  }

  void signedIn(Account account) {
    log.record(AuditEntry.of(AuditAction.SIGN_IN, account.id()).by(self(account)));
  }

  /** The password was right, the code from the app or the recovery code was not. */
  void secondFactorRefused(Account account) {
    log.record(
        AuditEntry.of(AuditAction.SIGN_IN_FAILED, account.id())
            .detail(AuditEntry.fields("reason", "second-factor"))
            .by(self(account)));
  }

  /** The password was right, but too many wrong codes closed code entry for the account. */
  void secondFactorThrottled(Account account) {
    log.record(
        AuditEntry.of(AuditAction.SIGN_IN_THROTTLED, account.id())
            .detail(AuditEntry.fields("reason", "second-factor"))
            .by(self(account)));
  }

  /** A change the account's owner made (or, with a reset link, proved they could make). */
  void byOwner(Account account, AuditAction action) {
    log.record(AuditEntry.of(action, account.id()).by(self(account)));
  }

  /** What an admin decides about an account: the admin is the one signed in. */
  void byAdmin(Account account, AuditAction action, Map<String, Object> before) {
    log.record(AuditEntry.of(action, account.id()).change(before, standing(account)));
  }

  /** A role that follows a membership decision; the decision itself is in membership's entries. */
  void byMembership(Account account, Map<String, Object> before) {
    log.record(
        AuditEntry.of(AuditAction.ROLE_CHANGED, account.id())
            .change(before, standing(account))
            .by(AuditActor.NOBODY));
  }

  /**
   * The facts the secretariat vouches for: role, country, port facility, organisation, whether it
   * is on.
   */
  static Map<String, Object> standing(Account account) {
    return AuditEntry.fields(
        "role", account.role(),
        "country", account.countryCode(),
        "portFacility", account.portFacility(),
        "organisation", account.organisation(),
        "enabled", account.isEnabled());
  }

  private static AuditActor self(Account account) {
    return new AuditActor(account.id(), account.email(), account.displayName());
  }

  private static String reasonOf(AuthenticationException reason) {
    if (reason instanceof ThrottledSignInException) {
      return "throttled";
    } else if (reason instanceof UnverifiedEmailException) {
      return "unverified";
    } else if (reason instanceof DisabledException) {
      return "disabled";
    }
    return "bad-credentials";
  }
}
