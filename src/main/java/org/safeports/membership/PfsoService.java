package org.safeports.membership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.safeports.platform.security.PortalRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PFSO verification: a registered person asks (or renews) with a supporting document; the country's
 * delegates or the secretariat approve it for a year or decline it with a reason. Who may see and
 * decide a request is decided here, for every screen: a delegate only for the countries they are a
 * delegate of, the secretariat for all. Anyone else is answered as if the request did not exist.
 */
@Service
class PfsoService {

  /** A verification is in force for this long from its approval (or from its last day, renewed). */
  static final int VALID_YEARS = 1;

  /** A verification with this many days or fewer left is expiring: the PFSO may renew it. */
  static final int EXPIRING_DAYS = 30;

  /** Who looks: their account and whether they are of the secretariat (editors, admins). */
  record Decider(long accountId, boolean secretariat) {}

  /** What a request screen shows about the person's own verification. */
  record Own(List<PfsoRequest> requests, Optional<PfsoRequest> current, boolean mayAsk) {}

  private final PfsoRequests requests;
  private final PfsoDelegations delegations;
  private final MemberAccounts accounts;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;
  private final Clock clock;

  PfsoService(
      PfsoRequests requests,
      PfsoDelegations delegations,
      MemberAccounts accounts,
      ApplicationEventPublisher events,
      AuditLog audit,
      Clock clock) {
    this.requests = requests;
    this.delegations = delegations;
    this.accounts = accounts;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /**
   * The person's requests, newest first, the one that counts now (waiting, or the latest decided),
   * and whether they may ask now: nothing waiting, and no verification with more than a month left.
   */
  @Transactional(readOnly = true)
  Own own(long accountId) {
    List<PfsoRequest> mine = requests.ofAccount(accountId);
    Optional<PfsoRequest> current =
        mine.stream().filter(r -> r.state() != PfsoState.RENEWED).findFirst();
    boolean mayAsk =
        current
            .map(
                r ->
                    switch (r.membershipState(today())) {
                      case PENDING, ACTIVE -> false;
                      default -> true;
                    })
            .orElse(true);
    return new Own(mine, current, mayAsk);
  }

  /** Whether this account may ask at all: registered people, not the secretariat or delegates. */
  boolean mayAskAtAll(long accountId) {
    return accounts
        .byId(accountId)
        .map(a -> a.role() != PortalRole.EDITOR && a.role() != PortalRole.ADMIN)
        .orElse(false);
  }

  /**
   * Stores the request and its document and tells the country's delegates and the secretariat;
   * renews the verification in force (or just expired) where there is one. Answers the request's
   * id, or empty when this person may not ask now.
   */
  @Transactional
  Optional<Long> ask(long accountId, PfsoForm form, PfsoDocuments.Document document, String lang) {
    Own own = own(accountId);
    MemberAccount person = accounts.byId(accountId).orElseThrow(NotFoundException::new);
    if (!own.mayAsk() || !mayAskAtAll(accountId)) {
      return Optional.empty();
    }
    Long renewalOf =
        own.current()
            .filter(r -> r.state() == PfsoState.APPROVED || r.state() == PfsoState.EXPIRED)
            .map(PfsoRequest::id)
            .orElse(null);
    Instant now = clock.instant();
    long id = requests.insert(accountId, form, lang, renewalOf, now);
    requests.storeDocument(id, document, now);
    // The country's delegates are mailed here; the secretariat hears of it as waiting work, at
    // once or in the daily digest as each editor chose (the event is a WorkWaiting).
    List<PfsoRequested.Recipient> recipients =
        new ArrayList<>(recipients(delegations.delegatesOf(form.country())));
    events.publishEvent(
        new PfsoRequested(
            id,
            person.displayName(),
            form.country(),
            form.facility().strip() + ", " + form.port().strip(),
            renewalOf != null,
            List.copyOf(recipients),
            "/members/pfsos/requests/" + id));
    return Optional.of(id);
  }

  /** The countries whose requests this person sees: empty for all (the secretariat). */
  @Transactional(readOnly = true)
  Optional<List<String>> scope(Decider decider) {
    return decider.secretariat()
        ? Optional.empty()
        : Optional.of(delegations.countriesOf(decider.accountId()));
  }

  /** The countries this person is a delegate of. */
  @Transactional(readOnly = true)
  List<String> delegateCountries(long accountId) {
    return delegations.countriesOf(accountId);
  }

  /** The requests of these countries (null: all), in these states (null: all). */
  @Transactional(readOnly = true)
  List<PfsoRequest> list(List<String> countries, List<String> states) {
    return requests.list(countries, states);
  }

  /**
   * The requests in the three groups the deciding pages show, in this order: waiting for a
   * decision, in force (expiring ones included), and declined, expired or replaced.
   */
  java.util.Map<String, List<PfsoRequest>> grouped(List<PfsoRequest> rows) {
    LocalDate today = today();
    java.util.Map<String, List<PfsoRequest>> groups = new java.util.LinkedHashMap<>();
    groups.put("PENDING", new ArrayList<>());
    groups.put("IN_FORCE", new ArrayList<>());
    groups.put("ENDED", new ArrayList<>());
    for (PfsoRequest r : rows) {
      MembershipState state = r.membershipState(today);
      String group =
          state == MembershipState.PENDING ? "PENDING" : state.inForce() ? "IN_FORCE" : "ENDED";
      groups.get(group).add(r);
    }
    return groups;
  }

  /** The request, if this person may see it; otherwise not found. */
  @Transactional(readOnly = true)
  PfsoRequest visible(long id, Decider decider) {
    PfsoRequest request = requests.find(id).orElseThrow(NotFoundException::new);
    if (!decider.secretariat()
        && !delegations.countriesOf(decider.accountId()).contains(request.countryCode())) {
      throw new NotFoundException();
    }
    return request;
  }

  @Transactional(readOnly = true)
  byte[] document(long id, Decider decider) {
    visible(id, decider);
    return requests.documentContent(id).orElseThrow(NotFoundException::new);
  }

  /** Approves a waiting request for a year; false when it was decided already. */
  @Transactional
  boolean approve(long id, Decider decider) {
    PfsoRequest request = visible(id, decider);
    if (requests.stateForUpdate(id).orElseThrow(NotFoundException::new) != PfsoState.PENDING) {
      return false;
    }
    Instant now = clock.instant();
    LocalDate from = today();
    if (request.renewalOf() != null) {
      Optional<LocalDate> previous = requests.markRenewed(request.renewalOf());
      if (previous.isPresent() && previous.get().isAfter(from)) {
        from = previous.get();
      }
    }
    LocalDate until = from.plusYears(VALID_YEARS);
    requests.approve(id, decider.accountId(), now, until, now.plus(365, ChronoUnit.DAYS));
    audit.record(
        AuditEntry.of(AuditAction.PFSO_APPROVED, id)
            .change(
                AuditEntry.fields("state", PfsoState.PENDING),
                AuditEntry.fields("state", PfsoState.APPROVED, "validUntil", until))
            .detail(
                AuditEntry.fields(
                    "account", request.accountId(), "country", request.countryCode())));
    events.publishEvent(
        new PfsoVerified(
            request.accountId(),
            id,
            request.personEmail(),
            request.language(),
            request.countryCode(),
            request.facility(),
            until));
    return true;
  }

  /** Declines a waiting request with the reason the person is sent; false when decided already. */
  @Transactional
  boolean decline(long id, String reason, Decider decider) {
    PfsoRequest request = visible(id, decider);
    if (requests.stateForUpdate(id).orElseThrow(NotFoundException::new) != PfsoState.PENDING) {
      return false;
    }
    Instant now = clock.instant();
    String kept = reason.strip();
    requests.decline(id, decider.accountId(), now, kept, now.plus(365, ChronoUnit.DAYS));
    audit.record(
        AuditEntry.of(AuditAction.PFSO_DECLINED, id)
            .change(
                AuditEntry.fields("state", PfsoState.PENDING),
                AuditEntry.fields("state", PfsoState.DECLINED))
            .detail(
                AuditEntry.fields(
                    "account",
                    request.accountId(),
                    "country",
                    request.countryCode(),
                    "reason",
                    kept)));
    events.publishEvent(
        new PfsoDeclined(
            request.accountId(),
            id,
            request.personEmail(),
            request.language(),
            request.facility(),
            kept));
    return true;
  }

  List<PfsoRequested.Recipient> recipients(List<Long> accountIds) {
    return accounts.byIds(accountIds).stream()
        .filter(MemberAccount::enabled)
        .map(PfsoService::recipient)
        .toList();
  }

  static PfsoRequested.Recipient recipient(MemberAccount account) {
    return new PfsoRequested.Recipient(account.email(), account.displayName(), account.language());
  }
}
