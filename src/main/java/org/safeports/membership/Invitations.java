package org.safeports.membership;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditActor;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.safeports.platform.audit.Auditable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitee's side of an invitation: what the link says, and accepting it, signed out (the
 * account is created with the password chosen) or signed in with the invited address.
 */
@Service
@Transactional
class Invitations {

  /** What became of an acceptance. */
  enum Outcome {
    ACCEPTED,
    /** The password broke identity's rules: see {@link Result#problems()}. */
    PASSWORD_REFUSED,
    /** Signed out, but the address has an account (made since): sign in, then accept. */
    ACCOUNT_EXISTS,
    /** Signed in with another address than the invited one. */
    OTHER_ACCOUNT,
    /** The link no longer works: see {@link Result#state()}. */
    NOT_OPEN
  }

  record Result(Outcome outcome, DelegateInvitation.State state, List<String> problems) {}

  /** An invitation as its page shows it, with the country's name in the reader's language. */
  record Shown(DelegateInvitation invitation, DelegateInvitation.State state, String country) {}

  private final InvitationRecords invitations;
  private final DelegateService delegates;
  private final MemberAccounts accounts;
  private final MemberStates states;
  private final AuditLog audit;
  private final Clock clock;

  Invitations(
      InvitationRecords invitations,
      DelegateService delegates,
      MemberAccounts accounts,
      MemberStates states,
      AuditLog audit,
      Clock clock) {
    this.invitations = invitations;
    this.delegates = delegates;
    this.accounts = accounts;
    this.states = states;
    this.audit = audit;
    this.clock = clock;
  }

  /** The invitation the link's token opens; empty for a token that opens none. */
  @Transactional(readOnly = true)
  Optional<Shown> show(String token, Locale locale) {
    return invitations
        .byTokenHash(InvitationTokens.hash(token))
        .map(i -> new Shown(i, i.state(clock.instant()), states.name(i.countryCode(), locale)));
  }

  /** Accepts for someone signed out: creates their account with the name and password typed. */
  Result acceptSignedOut(long invitationId, String displayName, String password) {
    DelegateInvitation invitation = invitations.forUpdate(invitationId).orElseThrow();
    DelegateInvitation.State state = invitation.state(clock.instant());
    if (state != DelegateInvitation.State.OPEN) {
      return new Result(Outcome.NOT_OPEN, state, List.of());
    }
    var created =
        accounts.createWithPassword(
            new MemberAccounts.NewMember(
                invitation.email(),
                DelegateService.oneLine(displayName),
                null,
                invitation.countryCode(),
                invitation.language()),
            password);
    if (created.account().isEmpty()) {
      return created.problems().isEmpty()
          ? new Result(Outcome.ACCOUNT_EXISTS, state, List.of())
          : new Result(Outcome.PASSWORD_REFUSED, state, created.problems());
    }
    accept(invitation, created.account().get());
    return new Result(Outcome.ACCEPTED, state, List.of());
  }

  /** Accepts for the person signed in, when the invitation was sent to their address. */
  Result acceptSignedIn(long invitationId, Auditable person) {
    DelegateInvitation invitation = invitations.forUpdate(invitationId).orElseThrow();
    DelegateInvitation.State state = invitation.state(clock.instant());
    if (state != DelegateInvitation.State.OPEN) {
      return new Result(Outcome.NOT_OPEN, state, List.of());
    }
    MemberAccount account = accounts.byId(person.accountId()).orElseThrow();
    if (!account.email().equalsIgnoreCase(invitation.email())) {
      return new Result(Outcome.OTHER_ACCOUNT, state, List.of());
    }
    accept(invitation, account);
    return new Result(Outcome.ACCEPTED, state, List.of());
  }

  private void accept(DelegateInvitation invitation, MemberAccount account) {
    invitations.accepted(invitation.id(), clock.instant());
    AuditActor invitee = new AuditActor(account.id(), account.email(), account.displayName());
    audit.record(
        AuditEntry.of(AuditAction.INVITATION_ACCEPTED, invitation.id())
            .change(
                null,
                AuditEntry.fields("country", invitation.countryCode(), "account", account.id()))
            .by(invitee));
    delegates.appointAccount(
        invitation.countryCode(),
        account,
        invitation.position(),
        invitation.phone(),
        account.id(),
        invitation.id(),
        invitee);
  }
}
