package org.safeports.notifications;

/** How an editor wants to hear of one kind of waiting work. */
enum Delivery {
  /** A mail for each item as it arrives. */
  AT_ONCE,
  /** One mail a day listing what came in since the last one. */
  DIGEST,
  /** No mail: the editor looks at the secretariat's screens. */
  NONE;

  /**
   * What an editor who never chose hears: each item at once. Waiting work is rare (a few plans,
   * pieces and requests a month) and each waits for a person, so nobody should learn of it a day
   * late without having asked for that.
   */
  static final Delivery DEFAULT = AT_ONCE;
}
