package org.safeports.identity;

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

  AccountAdministration(
      AccountRepository accounts, SessionTerminator sessions, IdentityAudit audit) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.audit = audit;
  }

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
