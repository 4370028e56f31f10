package org.safeports.contact;

import java.time.Instant;

/** One message as the secretariat's list shows it. */
record ContactMessageView(
    long id,
    String senderName,
    String senderEmail,
    ContactTopic topic,
    String subject,
    String body,
    String language,
    ContactStatus status,
    Instant receivedAt,
    Instant statusChangedAt,
    String statusChangedBy) {

  /** The language the sender wrote in, by its own name. */
  public String languageName() {
    return org.safeports.platform.web.Language.fromCode(language)
        .map(org.safeports.platform.web.Language::nativeName)
        .orElse(language);
  }
}
