package org.safeports.notifications;

import java.util.Locale;
import org.safeports.contact.ContactMessageReceived;
import org.safeports.platform.PortalProperties;
import org.safeports.platform.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sends each contact form message to the secretariat, with the sender's address to answer to. */
@Component
class ContactMail {

  private final MailOutbox outbox;
  private final MessageSource messages;
  private final PortalProperties properties;

  ContactMail(MailOutbox outbox, MessageSource messages, PortalProperties properties) {
    this.outbox = outbox;
    this.messages = messages;
    this.properties = properties;
  }

  @ApplicationModuleListener
  void on(ContactMessageReceived event) {
    Locale locale = Language.fromCode(event.secretariatLanguage()).orElse(Language.EN).locale();
    String topic = messages.getMessage("contact.topic." + event.topic(), null, locale);
    String language =
        Language.fromCode(event.senderLanguage())
            .map(Language::nativeName)
            .orElse(event.senderLanguage());
    outbox.enqueue(
        event.secretariatEmail(),
        event.secretariatLanguage(),
        "contact.received",
        event.senderName(),
        event.senderEmail(),
        topic,
        event.subject(),
        event.message(),
        language,
        properties.link(event.path()));
  }
}
