package org.safeports.contact;

/**
 * A message arrived through the contact form and was stored: the secretariat is to hear of it.
 *
 * @param messageId the stored message
 * @param secretariatEmail where the secretariat reads mail ({@code
 *     safeports.contact.secretariat-email})
 * @param secretariatLanguage the language the secretariat's mail is written in
 * @param senderName the name the sender gave
 * @param senderEmail the address the sender gave, to answer to
 * @param topic the topic's name, {@code GENERAL}, {@code LIBRARY}, {@code VOICES}, {@code
 *     MEMBERSHIP}, {@code ACCESSIBILITY} or {@code PRIVACY}
 * @param subject the subject line the sender typed
 * @param message the text the sender typed
 * @param senderLanguage the language the sender read the form in
 * @param path where the secretariat follows the message up
 */
public record ContactMessageReceived(
    long messageId,
    String secretariatEmail,
    String secretariatLanguage,
    String senderName,
    String senderEmail,
    String topic,
    String subject,
    String message,
    String senderLanguage,
    String path) {}
