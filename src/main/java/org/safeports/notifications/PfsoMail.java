package org.safeports.notifications;

import java.util.Locale;
import org.safeports.membership.MemberStates;
import org.safeports.membership.PfsoDeclined;
import org.safeports.membership.PfsoExpired;
import org.safeports.membership.PfsoExpiring;
import org.safeports.membership.PfsoRequested;
import org.safeports.membership.PfsoVerified;
import org.safeports.platform.PortalProperties;
import org.safeports.platform.web.Language;
import org.safeports.platform.web.LongDates;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mail about PFSO verification, each in its reader's language: a request to the country's delegates
 * (the secretariat is told through its waiting-work choices), the decision to the person, the
 * reminder a month before the end to the PFSO and their delegates, and the end itself.
 */
@Component
class PfsoMail {

  private final MailOutbox outbox;
  private final PortalProperties properties;
  private final MemberStates states;

  PfsoMail(MailOutbox outbox, PortalProperties properties, MemberStates states) {
    this.outbox = outbox;
    this.properties = properties;
    this.states = states;
  }

  @ApplicationModuleListener
  void on(PfsoRequested event) {
    for (PfsoRequested.Recipient to : event.recipients()) {
      outbox.enqueue(
          to.email(),
          to.language(),
          event.renewal() ? "pfso.renewal" : "pfso.requested",
          event.personName(),
          country(event.countryCode(), to.language()),
          event.facility(),
          properties.link(event.path()));
    }
  }

  @ApplicationModuleListener
  void on(PfsoVerified event) {
    outbox.enqueue(
        event.email(),
        event.language(),
        "pfso.verified",
        event.facility(),
        longDate(event.validUntil(), event.language()),
        properties.link("/account/pfso"));
  }

  @ApplicationModuleListener
  void on(PfsoDeclined event) {
    outbox.enqueue(
        event.email(),
        event.language(),
        "pfso.declined",
        event.facility(),
        event.reason(),
        properties.link("/account/pfso"));
  }

  @ApplicationModuleListener
  void on(PfsoExpiring event) {
    outbox.enqueue(
        event.pfso().email(),
        event.pfso().language(),
        "pfso.expiring",
        event.facility(),
        longDate(event.validUntil(), event.pfso().language()),
        properties.link("/account/pfso"));
    for (PfsoRequested.Recipient delegate : event.delegates()) {
      outbox.enqueue(
          delegate.email(),
          delegate.language(),
          "pfso.expiringDelegate",
          event.pfso().name(),
          event.facility(),
          longDate(event.validUntil(), delegate.language()),
          properties.link("/members/pfsos"));
    }
  }

  @ApplicationModuleListener
  void on(PfsoExpired event) {
    outbox.enqueue(
        event.email(),
        event.language(),
        "pfso.expired",
        event.facility(),
        longDate(event.validUntil(), event.language()),
        properties.link("/account/pfso"));
  }

  private String country(String code, String language) {
    Locale locale = Language.fromCode(language).orElse(Language.EN).locale();
    return states.oasStates(locale).stream()
        .filter(c -> c.code().equals(code))
        .map(c -> c.name())
        .findFirst()
        .orElse(code);
  }

  /** The last day in the reader's language's long form ("1 de diciembre de 2027"). */
  private static String longDate(java.time.LocalDate day, String language) {
    return new LongDates(Locale.forLanguageTag(language)).date(day);
  }
}
