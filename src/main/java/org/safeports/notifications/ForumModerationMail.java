package org.safeports.notifications;

import org.safeports.forum.ForumPostModerated;
import org.safeports.identity.AccountDirectory;
import org.safeports.platform.PortalProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the author of a forum post or topic what a moderator (or enough readers' flags) did to it,
 * and why, in the author's language.
 */
@Component
class ForumModerationMail {

  private final MailOutbox outbox;
  private final AccountDirectory accounts;
  private final PortalProperties properties;

  ForumModerationMail(MailOutbox outbox, AccountDirectory accounts, PortalProperties properties) {
    this.outbox = outbox;
    this.accounts = accounts;
    this.properties = properties;
  }

  @ApplicationModuleListener
  void on(ForumPostModerated event) {
    boolean reasoned = event.reason() != null && !event.reason().isBlank();
    accounts
        .contact(event.authorAccountId())
        .ifPresent(
            contact ->
                outbox.enqueue(
                    contact.email(),
                    contact.language(),
                    "forumModerated." + event.action(),
                    contact.displayName(),
                    event.topicTitle(),
                    reasoned ? event.reason() : "",
                    properties.link(event.path()),
                    reasoned ? "yes" : "no"));
  }
}
