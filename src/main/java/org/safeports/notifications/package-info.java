/**
 * E-mail from the other modules' events, through an outbox: a mail is written in the transaction of
 * the event's listener and delivered, with retries, by a scheduled sender.
 *
 * <p>Public API: {@link org.safeports.notifications.MailOutboxStatus}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Notifications",
    allowedDependencies = {
      "platform",
      "platform::security",
      "platform::web",
      "identity",
      "membership",
      "library",
      "voices",
      "contact",
      "forum",
      "surveys",
      "events"
    })
package org.safeports.notifications;
