package org.safeports.notifications;

import java.time.Instant;

/**
 * The outbox gave up a mail that names what it is about; published in the transaction that records
 * the failure, so that the mark on what it was about is made with it.
 */
record MailGivenUp(String about, Instant at) {}
