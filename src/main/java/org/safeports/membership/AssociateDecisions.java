package org.safeports.membership;

import java.time.Clock;
import java.util.List;
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

/**
 * The secretariat's queue of applications and its decisions: ask for more, approve, decline. Each
 * decision is written to the audit log and published as an event in the same transaction.
 */
@Service
class AssociateDecisions {

  /** An application with its thread, as the secretariat reads it. */
  record Detail(AssociateApplication application, List<ThreadMessage> thread, String namedByName) {}

  private final AssociateApplications applications;
  private final AssociateOrganisations organisations;
  private final MemberAccounts accounts;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final PortalProperties portal;
  private final Clock clock;

  AssociateDecisions(
      AssociateApplications applications,
      AssociateOrganisations organisations,
      MemberAccounts accounts,
      AuditLog audit,
      ApplicationEventPublisher events,
      PortalProperties portal,
      Clock clock) {
    this.applications = applications;
    this.organisations = organisations;
    this.accounts = accounts;
    this.audit = audit;
    this.events = events;
    this.portal = portal;
    this.clock = clock;
  }

  /** Oldest first; {@code state} null for those still open (queued or waiting for an answer). */
  @Transactional(readOnly = true)
  List<AssociateApplication> queue(ApplicationState state) {
    return applications.queue(state);
  }

  /** The application, unless it is unconfirmed (the secretariat never sees those). */
  @Transactional(readOnly = true)
  Optional<Detail> detail(long id) {
    return applications
        .byId(id)
        .filter(a -> a.state() != ApplicationState.UNCONFIRMED)
        .map(
            a ->
                new Detail(
                    a,
                    applications.thread(a.id()),
                    a.namedBy() == null
                        ? null
                        : accounts.byId(a.namedBy()).map(MemberAccount::displayName).orElse(null)));
  }

  /** Asks the applicant for more: the question goes into the thread and to the applicant. */
  @Transactional
  void ask(long id, String question, AuditActor by) {
    AssociateApplication a = open(id);
    applications.addMessage(id, true, by(by), question, clock.instant());
    applications.setState(id, ApplicationState.WAITING);
    audit.record(
        AuditEntry.of(AuditAction.APPLICATION_INFO_REQUESTED, id)
            .change(
                AuditEntry.fields("state", a.state()),
                AuditEntry.fields("state", ApplicationState.WAITING)));
    events.publishEvent(
        new AssociateInformationRequested(
            id,
            a.email(),
            a.language(),
            a.contactName(),
            a.organisationName(),
            question,
            portal.link("/members/associates/applications/" + a.threadToken())));
  }

  /**
   * Approves: the organisation becomes an approved associate organisation (a further contact's is
   * already), the contact's account (existing, or created now) its associate member.
   */
  @Transactional
  boolean approve(long id, AuditActor by) {
    AssociateApplication a = found(id);
    if (!a.state().open()) {
      return false;
    }
    long organisationId =
        a.organisationId() != null
            ? a.organisationId()
            : organisations.ensure(
                a.organisationName(), a.kind(), a.countryCode(), a.website(), clock.instant());
    MemberAccounts.Created created =
        accounts.ensure(
            new MemberAccounts.NewMember(
                a.email(), a.contactName(), a.organisationName(), a.countryCode(), a.language()));
    long accountId = created.account().id();
    organisations.addContact(
        organisationId,
        accountId,
        id,
        a.contactName(),
        a.position(),
        created.account().email(),
        clock.instant());
    applications.decided(id, ApplicationState.APPROVED, by(by), null, accountId, clock.instant());
    audit.record(
        AuditEntry.of(AuditAction.APPLICATION_APPROVED, id)
            .change(
                AuditEntry.fields("state", a.state()),
                AuditEntry.fields(
                    "state",
                    ApplicationState.APPROVED,
                    "account",
                    accountId,
                    "newAccount",
                    created.isNew()))
            .detail(AuditEntry.fields("organisation", a.organisationName())));
    events.publishEvent(
        new AssociateApproved(
            accountId,
            id,
            created.account().email(),
            a.language(),
            a.contactName(),
            a.organisationName(),
            created.isNew() ? accounts.passwordLink(accountId) : null,
            portal.link("/members/associates")));
    return true;
  }

  /** Declines, for the reason the applicant is sent. */
  @Transactional
  void decline(long id, String reason, AuditActor by) {
    AssociateApplication a = open(id);
    applications.decided(id, ApplicationState.DECLINED, by(by), reason, null, clock.instant());
    audit.record(
        AuditEntry.of(AuditAction.APPLICATION_DECLINED, id)
            .change(
                AuditEntry.fields("state", a.state()),
                AuditEntry.fields("state", ApplicationState.DECLINED))
            .detail(AuditEntry.fields("reason", reason)));
    events.publishEvent(
        new AssociateDeclined(
            id, a.email(), a.language(), a.contactName(), a.organisationName(), reason));
  }

  private AssociateApplication found(long id) {
    return applications
        .forUpdate(id)
        .filter(found -> found.state() != ApplicationState.UNCONFIRMED)
        .orElseThrow(NotFoundException::new);
  }

  private AssociateApplication open(long id) {
    AssociateApplication a = found(id);
    if (!a.state().open()) {
      throw new AssociateRejection(null, "membership.associate.admin.decided");
    }
    return a;
  }

  private static String by(AuditActor actor) {
    return actor.name() != null && !actor.name().isBlank() ? actor.name() : actor.email();
  }
}
