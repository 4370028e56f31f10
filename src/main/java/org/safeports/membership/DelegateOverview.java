package org.safeports.membership;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every member state with its delegates and pending invitations, for the secretariat. */
@Service
@Transactional(readOnly = true)
class DelegateOverview {

  /** One member state's line on the secretariat's screen. */
  record CountryDelegates(
      Country country, List<DelegateEntry> delegates, List<PendingInvitation> invitations) {}

  /** An invitation not yet accepted or cancelled; {@code expired} when its link no longer works. */
  record PendingInvitation(
      long id, String name, String email, Instant createdAt, Instant expiresAt, boolean expired) {}

  private final DelegateRecords delegates;
  private final InvitationRecords invitations;
  private final MemberAccounts accounts;
  private final MemberStates states;
  private final Clock clock;

  DelegateOverview(
      DelegateRecords delegates,
      InvitationRecords invitations,
      MemberAccounts accounts,
      MemberStates states,
      Clock clock) {
    this.delegates = delegates;
    this.invitations = invitations;
    this.accounts = accounts;
    this.states = states;
    this.clock = clock;
  }

  /** Every OAS member state by name in the reader's language, each with its delegates. */
  List<CountryDelegates> byCountry(Locale locale) {
    Map<String, List<DelegateEntry>> appointed =
        entries().stream().collect(Collectors.groupingBy(DelegateEntry::countryCode));
    Instant now = clock.instant();
    Map<String, List<PendingInvitation>> pending =
        invitations.pending().stream()
            .collect(
                Collectors.groupingBy(
                    DelegateInvitation::countryCode,
                    Collectors.mapping(
                        i ->
                            new PendingInvitation(
                                i.id(),
                                i.displayName(),
                                i.email(),
                                i.createdAt(),
                                i.expiresAt(),
                                !now.isBefore(i.expiresAt())),
                        Collectors.toList())));
    return states.oasStates(locale).stream()
        .map(
            c ->
                new CountryDelegates(
                    c,
                    appointed.getOrDefault(c.code(), List.of()),
                    pending.getOrDefault(c.code(), List.of())))
        .toList();
  }

  /** Every delegate, by country code and then by appointment. */
  List<DelegateEntry> entries() {
    List<DelegateRow> rows = delegates.all();
    Map<Long, MemberAccount> byId =
        accounts.byIds(rows.stream().map(DelegateRow::accountId).distinct().toList()).stream()
            .collect(Collectors.toMap(MemberAccount::id, Function.identity()));
    return rows.stream()
        .filter(r -> byId.containsKey(r.accountId()))
        .map(r -> DelegateEntry.of(r, byId.get(r.accountId())))
        .toList();
  }

  /** The CSV's lines: country code and name, name, e-mail, position, phone, date appointed. */
  List<List<String>> csvRows(Locale locale) {
    return entries().stream()
        .map(
            d ->
                java.util.Arrays.asList(
                    d.countryCode(),
                    states.name(d.countryCode(), locale),
                    d.name(),
                    d.email(),
                    d.position(),
                    d.phone(),
                    d.appointedAt().atZone(ZoneOffset.UTC).toLocalDate().toString()))
        .toList();
  }
}
