package org.safeports.identity;

import java.util.Map;
import java.util.Objects;
import org.safeports.membership.MembershipDecision;
import org.safeports.membership.Memberships;
import org.safeports.membership.Standing;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns membership's decisions into the account's role and vouched facts: after each decision the
 * role is what {@link Memberships#standing(long)} says the memberships in force give. Staff keep
 * their role (the admin's user screen gives and takes it). The change is in the audit log, and
 * every open session of the account carries the new role from its next request.
 */
@Component
class MembershipRoles {

  private final AccountRepository accounts;
  private final Memberships memberships;
  private final IdentityAudit audit;
  private final SessionTerminator sessions;

  MembershipRoles(
      AccountRepository accounts,
      Memberships memberships,
      IdentityAudit audit,
      SessionTerminator sessions) {
    this.accounts = accounts;
    this.memberships = memberships;
    this.audit = audit;
    this.sessions = sessions;
  }

  @ApplicationModuleListener
  void on(MembershipDecision decision) {
    Account account = accounts.findById(decision.accountId()).orElse(null);
    if (account == null || account.role().isStaff()) {
      return;
    }
    Standing standing = memberships.standing(account.id());
    Map<String, Object> before = IdentityAudit.standing(account);
    String country =
        standing.countryCode() != null ? standing.countryCode() : account.countryCode();
    boolean same =
        account.role() == standing.role()
            && Objects.equals(account.countryCode(), country)
            && Objects.equals(account.portFacility(), standing.portFacility())
            && (standing.organisation() == null
                || standing.organisation().equals(account.organisation()));
    if (same) {
      return;
    }
    account.assignRole(standing.role(), country, standing.portFacility());
    if (standing.organisation() != null) {
      account.vouchOrganisation(standing.organisation());
    }
    audit.byMembership(account, before);
    PortalUser signedIn = new PortalUser(account);
    signedIn.eraseCredentials();
    sessions.refreshSessionsOf(signedIn);
  }
}
