package org.safeports.membership;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.safeports.platform.PortalProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What applicants do: apply, confirm their address, read the thread and answer; and what an
 * approved organisation's contact does: name a further contact.
 *
 * <p>The form takes a few applications an hour from one client address and for one e-mail address,
 * counted from the stored applications, as the contact form counts its messages.
 */
@Service
class AssociateApplying {

  static final Duration WINDOW = Duration.ofHours(1);
  static final Duration CONFIRMATION = Duration.ofDays(7);

  /** What became of an application. */
  enum Outcome {
    SENT,
    THROTTLED
  }

  /** An application and its thread, as the applicant reads it. */
  record Thread(AssociateApplication application, List<ThreadMessage> messages) {}

  private final AssociateApplications applications;
  private final AssociateOrganisations organisations;
  private final MemberStates states;
  private final AssociateProperties limits;
  private final PortalProperties portal;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AssociateApplying(
      AssociateApplications applications,
      AssociateOrganisations organisations,
      MemberStates states,
      AssociateProperties limits,
      PortalProperties portal,
      ApplicationEventPublisher events,
      Clock clock) {
    this.applications = applications;
    this.organisations = organisations;
    this.states = states;
    this.limits = limits;
    this.portal = portal;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Stores the application unconfirmed and mails the applicant the link that confirms it; refuses
   * (with {@link AssociateRejection}) a kind, country or website that is not one it takes.
   */
  @Transactional
  Outcome apply(AssociateApplicationForm form, String language, String address) {
    AssociateKind kind =
        AssociateKind.of(form.kind())
            .orElseThrow(
                () -> new AssociateRejection("kind", "membership.associate.form.kind.required"));
    if (!states.isOasState(form.country())) {
      throw new AssociateRejection("country", "membership.associate.form.country.required");
    }
    String website = website(form.website());
    Instant now = clock.instant();
    Instant since = now.minus(WINDOW);
    if ((address != null
            && applications.fromAddressSince(address, since) >= limits.perAddressPerHour())
        || applications.forEmailSince(form.email(), since) >= limits.perEmailPerHour()) {
      return Outcome.THROTTLED;
    }
    String token = AssociateTokens.fresh();
    String organisation = oneLine(form.organisation());
    String name = oneLine(form.name());
    long id =
        applications.insert(
            new AssociateApplications.New(
                null,
                null,
                organisation,
                kind,
                form.country(),
                website,
                name,
                oneLine(form.position()),
                form.email().strip(),
                form.motivation(),
                AssociateArea.of(form.areas()),
                language,
                ApplicationState.UNCONFIRMED,
                AssociateTokens.hash(token),
                AssociateTokens.fresh(),
                address),
            now);
    events.publishEvent(
        new AssociateConfirmationRequested(
            id,
            form.email().strip(),
            language,
            name,
            organisation,
            portal.link("/members/associates/confirm/" + token)));
    return Outcome.SENT;
  }

  /** The application this confirmation link is for, while it may still be confirmed. */
  @Transactional(readOnly = true)
  Optional<AssociateApplication> confirmable(String token) {
    return applications.unconfirmed(
        AssociateTokens.hash(token), clock.instant().minus(CONFIRMATION), false);
  }

  /** Puts the application in the secretariat's queue; empty when the link is unknown or old. */
  @Transactional
  Optional<AssociateApplication> confirm(String token) {
    Optional<AssociateApplication> found =
        applications.unconfirmed(
            AssociateTokens.hash(token), clock.instant().minus(CONFIRMATION), true);
    found.ifPresent(
        a -> {
          applications.confirmed(a.id(), clock.instant());
          events.publishEvent(waiting(a, false));
        });
    return found;
  }

  @Transactional(readOnly = true)
  Optional<Thread> thread(String token) {
    return applications
        .byThreadToken(token, false)
        .map(a -> new Thread(a, applications.thread(a.id())));
  }

  /**
   * The applicant's answer goes into the thread and the application back to the queue; refused when
   * the secretariat is not waiting for one.
   */
  @Transactional
  void answer(String token, String message) {
    AssociateApplication application =
        applications
            .byThreadToken(token, true)
            .orElseThrow(org.safeports.platform.NotFoundException::new);
    if (application.state() != ApplicationState.WAITING) {
      throw new AssociateRejection(null, "membership.associate.thread.notWaiting");
    }
    applications.addMessage(
        application.id(), false, application.contactName(), message, clock.instant());
    applications.setState(application.id(), ApplicationState.QUEUED);
    events.publishEvent(waiting(application, true));
  }

  /** The approved organisations this account is a contact of. */
  @Transactional(readOnly = true)
  List<AssociateOrganisations.Organisation> organisationsOf(long accountId) {
    return organisations.ofAccount(accountId);
  }

  /**
   * An approved organisation's contact names a further contact: an application of that
   * organisation, in the queue at once (the contact vouches for the address), approved the same
   * way.
   */
  @Transactional
  long nameContact(long accountId, FurtherContactForm form, String language) {
    AssociateOrganisations.Organisation organisation =
        organisations.ofAccount(accountId).stream()
            .findFirst()
            .orElseThrow(
                () -> new AssociateRejection(null, "membership.associate.contact.notContact"));
    if (organisations.isContact(organisation.id(), form.email().strip())) {
      throw new AssociateRejection("email", "membership.associate.contact.already");
    }
    String name = oneLine(form.name());
    long id =
        applications.insert(
            new AssociateApplications.New(
                organisation.id(),
                accountId,
                organisation.name(),
                organisation.kind(),
                organisation.countryCode(),
                organisation.website(),
                name,
                oneLine(form.position()),
                form.email().strip(),
                "",
                List.of(),
                language,
                ApplicationState.QUEUED,
                null,
                AssociateTokens.fresh(),
                null),
            clock.instant());
    applications.byId(id).ifPresent(a -> events.publishEvent(waiting(a, false)));
    return id;
  }

  private static AssociateApplicationWaiting waiting(AssociateApplication a, boolean answered) {
    return new AssociateApplicationWaiting(
        a.id(),
        a.organisationName() + " (" + a.contactName() + ")",
        "/admin/members/applications/" + a.id(),
        answered);
  }

  /** The website as typed, when it is an http or https address with a host. */
  static String website(String typed) {
    String value = typed.strip();
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if (scheme != null
          && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null
          && uri.getHost().contains(".")
          && uri.getUserInfo() == null) {
        return value;
      }
    } catch (URISyntaxException e) {
      // Refused below, like any address that is not a web page's.
    }
    throw new AssociateRejection("website", "membership.associate.form.website.invalid");
  }

  static String oneLine(String text) {
    return text == null ? null : text.replaceAll("\\p{Cntrl}", " ").strip();
  }
}
