package org.safeports.membership;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.safeports.platform.security.PortalRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's memberships of every kind, and the role they give. */
@Service
@Transactional(readOnly = true)
public class Memberships {

  private final List<MembershipSource> sources;

  Memberships(List<MembershipSource> sources) {
    this.sources = sources;
  }

  /** Every membership of the account, those in force first, then the newest. */
  public List<Membership> of(long accountId) {
    return sources.stream()
        .flatMap(source -> source.of(accountId).stream())
        .sorted(
            Comparator.comparing((Membership m) -> !m.state().inForce())
                .thenComparing(Membership::since, Comparator.reverseOrder()))
        .toList();
  }

  /**
   * The role the account's memberships in force give: a delegate above a PFSO above an associate
   * member (the role hierarchy has one role per account; a delegate who is also a PFSO reads what
   * both may read through the delegate's country, see docs/decisions.md).
   */
  public Standing standing(long accountId) {
    List<Membership> inForce = of(accountId).stream().filter(m -> m.state().inForce()).toList();
    return first(inForce, MembershipKind.DELEGATE)
        .map(m -> new Standing(PortalRole.DELEGATE, m.countryCode(), null, null))
        .or(
            () ->
                first(inForce, MembershipKind.PFSO)
                    .map(m -> new Standing(PortalRole.PFSO, m.countryCode(), null, m.detail())))
        .or(
            () ->
                first(inForce, MembershipKind.ASSOCIATE)
                    .map(
                        m -> new Standing(PortalRole.ASSOCIATE, m.countryCode(), m.detail(), null)))
        .orElse(Standing.NONE);
  }

  private static Optional<Membership> first(List<Membership> memberships, MembershipKind kind) {
    return memberships.stream().filter(m -> m.kind() == kind).findFirst();
  }
}
