package org.safeports.membership;

/** What the secretariat or a country's delegates can vouch that a person is. */
public enum MembershipKind {
  /** A member state's delegate to the TAG, appointed by the secretariat. */
  DELEGATE,
  /** The contact of an organisation approved as an associate member. */
  ASSOCIATE,
  /** A Port Facility Security Officer verified by their country's delegates or the secretariat. */
  PFSO
}
