package org.safeports.notifications;

import org.safeports.membership.AssociateApproved;
import org.safeports.membership.AssociateConfirmationRequested;
import org.safeports.membership.AssociateDeclined;
import org.safeports.membership.AssociateInformationRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mail an associate member's applicant receives, in the language of the page they applied on:
 * the link that confirms the address, the secretariat's questions, the welcome, the refusal.
 */
@Component
class AssociateMail {

  private final MailOutbox outbox;

  AssociateMail(MailOutbox outbox) {
    this.outbox = outbox;
  }

  @ApplicationModuleListener
  void on(AssociateConfirmationRequested event) {
    outbox.enqueueForSignIn(
        event.email(),
        event.language(),
        "associate.confirm",
        event.name(),
        event.organisation(),
        event.link());
  }

  @ApplicationModuleListener
  void on(AssociateInformationRequested event) {
    outbox.enqueue(
        event.email(),
        event.language(),
        "associate.question",
        event.name(),
        event.organisation(),
        event.question(),
        event.link());
  }

  @ApplicationModuleListener
  void on(AssociateApproved event) {
    if (event.passwordLink() != null) {
      outbox.enqueueForSignIn(
          event.email(),
          event.language(),
          "associate.welcomeNew",
          event.name(),
          event.organisation(),
          event.passwordLink(),
          event.directoryLink());
    } else {
      outbox.enqueue(
          event.email(),
          event.language(),
          "associate.welcome",
          event.name(),
          event.organisation(),
          event.directoryLink());
    }
  }

  @ApplicationModuleListener
  void on(AssociateDeclined event) {
    outbox.enqueue(
        event.email(),
        event.language(),
        "associate.declined",
        event.name(),
        event.organisation(),
        event.reason());
  }
}
