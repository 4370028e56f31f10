package org.safeports.identity;

import org.safeports.membership.Memberships;
import org.safeports.membership.Standing;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.security.PortalRole;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's changes to other people's accounts: role, vouched facts, enabled or not. */
@Service
@Transactional
class AccountAdministration {

  private final AccountRepository accounts;
  private final SessionTerminator sessions;
  private final IdentityAudit audit;
  private final Memberships memberships;

  AccountAdministration(
      AccountRepository accounts,
      SessionTerminator sessions,
      IdentityAudit audit,
      Memberships memberships) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.audit = audit;
    this.memberships = memberships;
  }

  @Transactional(readOnly = true)
  Page<AccountView> search(String text, PortalRole role, String country, Pageable pageable) {
    return accounts.search(text, role, country, pageable).map(a -> AccountView.of(a, null));
  }

  /**
   * Makes the account staff (editor, admin, with the country they act for) or not: a person who is
   * not staff gets the role and facts their memberships in force give ({@link
   * Memberships#standing}), a registered user's when they have none. The account's sessions end so
   * that the new rights apply at once.
   */
  void changeRole(long accountId, PortalRole role, String country) {
    Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
    var before = IdentityAudit.standing(account);
    if (role.isStaff()) {
      account.assignRole(role, country, null);
    } else {
      Standing standing = memberships.standing(account.id());
      account.assignRole(
          standing.role(),
          standing.countryCode() != null ? standing.countryCode() : country,
          standing.portFacility());
      if (standing.organisation() != null) {
        account.vouchOrganisation(standing.organisation());
      }
    }
    audit.byAdmin(account, AuditAction.ROLE_CHANGED, before);
    sessions.endAllSessionsOf(account.email());
  }

  /** Disables or enables an account; an admin's own account is refused. */
  void setEnabled(long accountId, boolean enabled, long adminAccountId) {
    if (accountId == adminAccountId) {
      throw IdentityRefusal.ownAccount(accountId);
    }
    Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
    var before = IdentityAudit.standing(account);
    account.setEnabled(enabled);
    audit.byAdmin(
        account, enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, before);
    if (!enabled) {
      sessions.endAllSessionsOf(account.email());
    }
  }
}
