package org.safeports.membership;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Associate memberships for the account page and the role: each approved organisation the account
 * is a contact of (in force), and the applications for its address that wait or were declined.
 */
@Component
class AssociateMemberships implements MembershipSource {

  private final AssociateOrganisations organisations;
  private final AssociateApplications applications;
  private final MemberAccounts accounts;

  AssociateMemberships(
      AssociateOrganisations organisations,
      AssociateApplications applications,
      MemberAccounts accounts) {
    this.organisations = organisations;
    this.applications = applications;
    this.accounts = accounts;
  }

  @Override
  public List<Membership> of(long accountId) {
    List<Membership> memberships = new ArrayList<>();
    for (AssociateOrganisations.Organisation o : organisations.ofAccount(accountId)) {
      memberships.add(
          new Membership(
              MembershipKind.ASSOCIATE,
              MembershipState.ACTIVE,
              o.countryCode(),
              o.name(),
              o.since(),
              null));
    }
    accounts
        .byId(accountId)
        .ifPresent(
            account -> {
              for (AssociateApplication a : applications.forEmail(account.email())) {
                memberships.add(
                    new Membership(
                        MembershipKind.ASSOCIATE,
                        a.state().membership(),
                        a.countryCode(),
                        a.organisationName(),
                        a.decidedAt() != null ? a.decidedAt() : a.appliedAt(),
                        null));
              }
            });
    return memberships;
  }
}
