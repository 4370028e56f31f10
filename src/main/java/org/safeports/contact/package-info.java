/**
 * The contact form: anyone, signed in or not, writes to the secretariat; the message is kept,
 * mailed to the secretariat (through notifications, by an event) and followed up on a screen of its
 * own.
 *
 * <p>Public API: {@link org.safeports.contact.ContactInbox} and the event {@link
 * org.safeports.contact.ContactMessageReceived}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Contact",
    allowedDependencies = {"platform", "platform::security", "platform::audit", "platform::web"})
package org.safeports.contact;
