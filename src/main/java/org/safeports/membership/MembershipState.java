package org.safeports.membership;

/** Where a person's membership stands, as their account page shows it. */
public enum MembershipState {
  /** Asked for and waiting for a decision (or for the applicant's answer). */
  PENDING,
  /** In force. */
  ACTIVE,
  /** In force, and ending within a month unless renewed. */
  EXPIRING,
  /** Its time ran out; it gives nothing until renewed. */
  EXPIRED,
  /** Refused, with the reason the person was sent. */
  DECLINED,
  /** Ended by the secretariat (a delegate removed, say). */
  ENDED;

  /** Whether this membership gives its rights now. */
  public boolean inForce() {
    return this == ACTIVE || this == EXPIRING;
  }
}
