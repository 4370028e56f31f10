package org.safeports.membership;

import java.util.List;
import org.springframework.stereotype.Component;

/** A person's appointments as delegate, each in force while it lasts (a removal deletes it). */
@Component
class DelegateMemberships implements MembershipSource {

  private final DelegateRecords delegates;

  DelegateMemberships(DelegateRecords delegates) {
    this.delegates = delegates;
  }

  @Override
  public List<Membership> of(long accountId) {
    return delegates.ofAccount(accountId).stream()
        .map(
            d ->
                new Membership(
                    MembershipKind.DELEGATE,
                    MembershipState.ACTIVE,
                    d.countryCode(),
                    d.position(),
                    d.appointedAt(),
                    null))
        .toList();
  }
}
