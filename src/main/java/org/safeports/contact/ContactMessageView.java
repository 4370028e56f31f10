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
    String statusChangedBy) {}
