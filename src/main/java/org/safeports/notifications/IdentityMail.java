package org.safeports.notifications;

import org.safeports.identity.EmailVerificationRequested;
import org.safeports.identity.PasswordChanged;
import org.safeports.identity.PasswordResetRequested;
import org.safeports.identity.SignUpRepeated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The e-mails that identity's events call for. */
@Component
class IdentityMail {

  private final MailOutbox outbox;

  IdentityMail(MailOutbox outbox) {
    this.outbox = outbox;
  }

  @ApplicationModuleListener
  void on(EmailVerificationRequested event) {
    outbox.enqueueForSignIn(
        event.email(), event.language(), "verifyEmail", event.displayName(), event.link());
  }

  @ApplicationModuleListener
  void on(PasswordResetRequested event) {
    outbox.enqueueForSignIn(
        event.email(), event.language(), "passwordReset", event.displayName(), event.link());
  }

  @ApplicationModuleListener
  void on(SignUpRepeated event) {
    outbox.enqueueForSignIn(
        event.email(),
        event.language(),
        "signUpRepeated",
        event.displayName(),
        event.signInLink(),
        event.resetLink());
  }

  @ApplicationModuleListener
  void on(PasswordChanged event) {
    outbox.enqueue(event.email(), event.language(), "passwordChanged", event.displayName());
  }
}
