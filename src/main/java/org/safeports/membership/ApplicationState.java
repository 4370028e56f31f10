package org.safeports.membership;

import java.util.Arrays;
import java.util.Optional;

/** Where an associate member's application stands. */
enum ApplicationState {
  /** The applicant has not confirmed the e-mail address yet: the secretariat does not see it. */
  UNCONFIRMED(null),
  /** In the secretariat's queue. */
  QUEUED(MembershipState.PENDING),
  /** The secretariat asked for more and waits for the applicant's answer. */
  WAITING(MembershipState.PENDING),
  APPROVED(MembershipState.ACTIVE),
  DECLINED(MembershipState.DECLINED);

  private final MembershipState membership;

  ApplicationState(MembershipState membership) {
    this.membership = membership;
  }

  /** How the applicant's account page shows it; null when it does not show it at all. */
  MembershipState membership() {
    return membership;
  }

  /** Whether the secretariat may still ask, approve or decline. */
  public boolean open() {
    return this == QUEUED || this == WAITING;
  }

  static Optional<ApplicationState> of(String name) {
    return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
  }
}
