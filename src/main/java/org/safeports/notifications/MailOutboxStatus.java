package org.safeports.notifications;

/** How the outbox stands, for the secretariat's dashboard. */
public interface MailOutboxStatus {

  long pending();

  long failed();
}
