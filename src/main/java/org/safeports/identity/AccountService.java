package org.safeports.identity;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.safeports.membership.MemberStates;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.security.PortalRole;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account as its owner sees and edits it, and what other modules may ask about accounts. Signing
 * up ({@link SignUps}), passwords ({@link Passwords}), the second factor ({@link SecondFactors})
 * and the admin's changes ({@link AccountAdministration}) have services of their own.
 */
@Service
@Transactional
class AccountService implements AccountDirectory {

  private final AccountRepository accounts;
  private final RecoveryCodeRepository recoveryCodes;
  private final PasswordEncoder passwordEncoder;
  private final MemberStates memberStates;
  private final Clock clock;
  private final IdentityAudit audit;

  AccountService(
      AccountRepository accounts,
      RecoveryCodeRepository recoveryCodes,
      PasswordEncoder passwordEncoder,
      MemberStates memberStates,
      Clock clock,
      IdentityAudit audit) {
    this.accounts = accounts;
    this.recoveryCodes = recoveryCodes;
    this.passwordEncoder = passwordEncoder;
    this.memberStates = memberStates;
    this.clock = clock;
    this.audit = audit;
  }

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
      counts.put(role, 0L);
    }
    for (Object[] row : accounts.countPerRole()) {
      counts.put((PortalRole) row[0], (Long) row[1]);
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

  @Override
  @Transactional(readOnly = true)
  public java.util.List<Long> holding(PortalRole role, String countryCode) {
    return accounts.enabledHolding(role, countryCode);
  }
}
