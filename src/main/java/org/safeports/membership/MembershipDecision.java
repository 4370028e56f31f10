package org.safeports.membership;

/**
 * An event that changes what a person is vouched to be (a delegate appointed or removed, an
 * associate member approved, a PFSO verified or lapsed). Identity listens to every one and sets the
 * account's role and vouched facts from {@link Memberships#standing(long)}, so the rule that turns
 * memberships into a role lives in one place; other modules (mail, later the forum) listen to the
 * concrete events.
 */
public interface MembershipDecision {

  /** The account whose memberships changed. */
  long accountId();
}
