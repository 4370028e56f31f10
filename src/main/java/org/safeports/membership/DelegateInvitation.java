package org.safeports.membership;

import java.time.Instant;

/** An invitation to be a member state's delegate, as stored (without its token). */
record DelegateInvitation(
    long id,
    String countryCode,
    String email,
    String displayName,
    String position,
    String phone,
    String language,
    Instant createdAt,
    Instant expiresAt,
    Instant acceptedAt,
    Instant cancelledAt) {

  /** Where an invitation stands. */
  enum State {
    OPEN,
    EXPIRED,
    ACCEPTED,
    CANCELLED
  }

  State state(Instant now) {
    if (acceptedAt != null) {
      return State.ACCEPTED;
    }
    if (cancelledAt != null) {
      return State.CANCELLED;
    }
    return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
  }
}
