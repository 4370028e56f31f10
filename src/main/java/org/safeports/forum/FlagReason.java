package org.safeports.forum;

/** Why a reader flags a post; the names are the values {@code forum_flag.reason} allows. */
enum FlagReason {
  SPAM,
  OFF_TOPIC,
  ABUSIVE,
  /** Sensitive security information that should not be public. */
  SENSITIVE
}
