package org.safeports.membership;

import java.time.Instant;

/** One message of an application's thread. */
record ThreadMessage(boolean fromSecretariat, String author, String body, Instant writtenAt) {}
