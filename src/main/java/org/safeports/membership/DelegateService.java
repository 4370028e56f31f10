package org.safeports.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.PortalProperties;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditActor;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The secretariat's decisions about delegates: appoint an account, invite an address that has none,
 * cancel an invitation, remove a delegate. Each is in the audit log and, for appointments and
 * removals, in the country's history, and is published as a {@link MembershipDecision} in the same
 * transaction.
 */
@Service
@Transactional
class DelegateService {

  static final Duration INVITATION_VALIDITY = Duration.ofDays(14);

  /** What an appointment became. */
  enum Appointment {
    APPOINTED,
    INVITED
  }

  private final DelegateRecords delegates;
  private final InvitationRecords invitations;
  private final MemberAccounts accounts;
  private final MemberStates states;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final PortalProperties properties;
  private final Clock clock;

  DelegateService(
      DelegateRecords delegates,
      InvitationRecords invitations,
      MemberAccounts accounts,
      MemberStates states,
      AuditLog audit,
      ApplicationEventPublisher events,
      PortalProperties properties,
      Clock clock) {
    this.delegates = delegates;
    this.invitations = invitations;
    this.accounts = accounts;
    this.states = states;
    this.audit = audit;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Appoints the account with the form's address, or invites the address when no account has it. A
   * person represents one member state: one already delegate of another is refused.
   */
  Appointment appoint(AppointForm form, Long byAccountId) {
    String country = form.country().trim().toUpperCase(Locale.ROOT);
    if (!states.isOasState(country)) {
      throw new DelegateRefusal("country", "membership.delegates.country.unknown");
    }
    if (!states.isTagMember(country)) {
      throw new DelegateRefusal("country", "membership.delegates.country.notMember");
    }
    String email = form.email().trim().toLowerCase(Locale.ROOT);
    String position = blankToNull(form.position());
    String phone = blankToNull(form.phone());
    Optional<MemberAccount> account = accounts.byEmail(email);
    if (account.isPresent()) {
      List<DelegateRow> held = delegates.ofAccount(account.get().id());
      if (held.stream().anyMatch(d -> d.countryCode().equals(country))) {
        throw new DelegateRefusal("email", "membership.delegates.email.already");
      }
      if (!held.isEmpty()) {
        throw new DelegateRefusal("email", "membership.delegates.email.elsewhere");
      }
      appointAccount(country, account.get(), position, phone, byAccountId, null, null);
      return Appointment.APPOINTED;
    }
    if (!StringUtils.hasText(form.displayName())) {
      throw new DelegateRefusal("displayName", "membership.delegates.name.needed");
    }
    Instant now = clock.instant();
    if (invitations.openFor(country, email, now)) {
      throw new DelegateRefusal("email", "membership.delegates.email.invited");
    }
    String name = oneLine(form.displayName());
    String language = form.language();
    String token = InvitationTokens.newToken();
    Instant expires = now.plus(INVITATION_VALIDITY);
    long id =
        invitations.insert(
            country,
            email,
            name,
            position,
            phone,
            InvitationTokens.hash(token),
            language,
            byAccountId,
            now,
            expires);
    audit.record(
        AuditEntry.of(AuditAction.INVITATION_SENT, id)
            .change(
                null,
                AuditEntry.fields(
                    "country", country, "email", email, "name", name, "expiresAt", expires)));
    events.publishEvent(
        new DelegateInvited(
            email,
            name,
            language,
            country,
            properties.link("/members/invitations/" + token),
            expires));
    return Appointment.INVITED;
  }

  /**
   * Makes the account a delegate of the country: the row, the history line, the audit entry and the
   * decision identity turns into a role. Answers the appointment's id. The actor is the one signed
   * in when null.
   */
  long appointAccount(
      String country,
      MemberAccount account,
      String position,
      String phone,
      Long byAccountId,
      Long invitationId,
      AuditActor actor) {
    // One country per person, however the appointment comes (the form, or an invitation accepted
    // by someone appointed elsewhere since it was sent).
    if (delegates.ofAccount(account.id()).stream()
        .anyMatch(d -> !d.countryCode().equals(country))) {
      throw new DelegateRefusal("email", "membership.delegates.email.elsewhere");
    }
    Instant now = clock.instant();
    long id = delegates.insert(country, account.id(), position, phone, now, byAccountId);
    if (id < 0) {
      throw new DelegateRefusal("email", "membership.delegates.email.already");
    }
    delegates.recordHistory(
        country, account.id(), account.displayName(), position, "APPOINTED", now);
    audit.record(
        AuditEntry.of(AuditAction.DELEGATE_APPOINTED, id)
            .change(
                null,
                AuditEntry.fields(
                    "country",
                    country,
                    "account",
                    account.id(),
                    "email",
                    account.email(),
                    "position",
                    position,
                    "phone",
                    phone))
            .detail(invitationId == null ? null : AuditEntry.fields("invitation", invitationId))
            .by(actor));
    events.publishEvent(new DelegateAppointed(account.id(), id, country));
    return id;
  }

  /** Ends the appointment; the person keeps their account. Answers who it was. */
  DelegateEntry remove(long delegateId) {
    DelegateRow row = delegates.forUpdate(delegateId).orElseThrow(NotFoundException::new);
    MemberAccount account = accounts.byId(row.accountId()).orElseThrow(NotFoundException::new);
    delegates.delete(row.id());
    delegates.recordHistory(
        row.countryCode(),
        row.accountId(),
        account.displayName(),
        row.position(),
        "REMOVED",
        clock.instant());
    audit.record(
        AuditEntry.of(AuditAction.DELEGATE_REMOVED, row.id())
            .change(
                AuditEntry.fields(
                    "country",
                    row.countryCode(),
                    "account",
                    row.accountId(),
                    "email",
                    account.email(),
                    "position",
                    row.position()),
                null));
    events.publishEvent(new DelegateRemoved(row.accountId(), row.countryCode()));
    return DelegateEntry.of(row, account);
  }

  /** Cancels an invitation not yet accepted; false when it was accepted or cancelled already. */
  boolean cancelInvitation(long invitationId) {
    DelegateInvitation invitation =
        invitations.forUpdate(invitationId).orElseThrow(NotFoundException::new);
    if (invitation.acceptedAt() != null || invitation.cancelledAt() != null) {
      return false;
    }
    invitations.cancelled(invitation.id(), clock.instant());
    audit.record(
        AuditEntry.of(AuditAction.INVITATION_CANCELLED, invitation.id())
            .change(
                AuditEntry.fields("country", invitation.countryCode(), "email", invitation.email()),
                null));
    return true;
  }

  @Transactional(readOnly = true)
  DelegateEntry delegate(long delegateId) {
    DelegateRow row = delegates.byId(delegateId).orElseThrow(NotFoundException::new);
    return DelegateEntry.of(
        row, accounts.byId(row.accountId()).orElseThrow(NotFoundException::new));
  }

  static String blankToNull(String text) {
    return StringUtils.hasText(text) ? oneLine(text) : null;
  }

  /** Names and positions go into mail subjects and CSV lines: no line breaks or other controls. */
  static String oneLine(String text) {
    return text.replaceAll("\\p{Cntrl}", " ").trim();
  }
}
