package org.safeports.notifications;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.safeports.membership.DelegateInvited;
import org.safeports.membership.MemberStates;
import org.safeports.platform.web.Language;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The invitation to be a member state's delegate, in the language the secretariat chose for the
 * invitee, with the link that accepts it and the day it stops working.
 */
@Component
class MembershipInvitationMail {

  private final MailOutbox outbox;
  private final MemberStates states;

  MembershipInvitationMail(MailOutbox outbox, MemberStates states) {
    this.outbox = outbox;
    this.states = states;
  }

  @ApplicationModuleListener
  void on(DelegateInvited event) {
    Locale locale = Language.fromCode(event.language()).orElse(Language.EN).locale();
    String until =
        event
            .expiresAt()
            .atZone(ZoneOffset.UTC)
            .toLocalDate()
            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    outbox.enqueue(
        event.email(),
        event.language(),
        "delegateInvitation",
        event.displayName(),
        states.name(event.countryCode(), locale),
        event.link(),
        until);
  }
}
