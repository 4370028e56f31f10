package org.safeports.notifications;

import org.safeports.identity.AccountDirectory;
import org.safeports.platform.PortalProperties;
import org.safeports.voices.PieceReviewed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the author of a Port Voices piece about each step of its review, in their language. */
@Component
class VoicesMail {

  private final MailOutbox outbox;
  private final AccountDirectory accounts;
  private final PortalProperties properties;

  VoicesMail(MailOutbox outbox, AccountDirectory accounts, PortalProperties properties) {
    this.outbox = outbox;
    this.accounts = accounts;
    this.properties = properties;
  }

  @ApplicationModuleListener
  void on(PieceReviewed event) {
    accounts
        .contact(event.authorAccountId())
        .ifPresent(
            contact ->
                outbox.enqueue(
                    contact.email(),
                    contact.language(),
                    "voices." + event.step(),
                    contact.displayName(),
                    event.title(),
                    event.comment() == null ? "" : event.comment(),
                    properties.link(event.path())));
  }
}
