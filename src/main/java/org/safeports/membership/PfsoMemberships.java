package org.safeports.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safeports.platform.security.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * PFSO verifications as memberships (for the account page and the role) and as a figure on each
 * country page: how many verified PFSOs the country has, never who they are.
 */
@Component
class PfsoMemberships implements MembershipSource, CountryActivity {

  private final PfsoRequests requests;
  private final PfsoService service;
  private final MessageSource messages;

  PfsoMemberships(PfsoRequests requests, PfsoService service, MessageSource messages) {
    this.requests = requests;
    this.service = service;
    this.messages = messages;
  }

  @Override
  public List<Membership> of(long accountId) {
    LocalDate today = service.today();
    return requests.ofAccount(accountId).stream()
        .filter(r -> r.state() != PfsoState.RENEWED)
        .map(
            r ->
                new Membership(
                    MembershipKind.PFSO,
                    r.membershipState(today),
                    r.countryCode(),
                    r.facility(),
                    r.decidedAt() != null ? r.decidedAt() : r.requestedAt(),
                    r.validUntil()))
        .toList();
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public Optional<CountrySection> of(String countryCode, Locale locale, Viewer viewer) {
    long count = requests.countInForce(countryCode.toUpperCase(Locale.ROOT), service.today());
    return Optional.of(
        new CountrySection(
            messages.getMessage("membership.pfso.country.heading", null, locale),
            count,
            messages.getMessage("membership.pfso.country.figure", new Object[] {count}, locale),
            List.of(),
            messages.getMessage("membership.pfso.country.none", null, locale),
            null,
            null));
  }
}
