package org.safeports.identity;

import org.safeports.platform.security.PortalRole;

/**
 * What the TAG secretariat vouches for about a person, by role. Other modules trust these facts
 * (the library gives a delegate their country's plans), so only an admin's decision on the user
 * screen changes them; the person's own profile form shows them and leaves them as they are.
 */
final class VouchedFacts {

  private VouchedFacts() {}

  /**
   * A registered user picks their own country. For every other role it is part of the appointment:
   * a delegate's member state, a PFSO's facility, an associate member's organisation, and the
   * country staff act for under the delegates' pages.
   */
  static boolean country(PortalRole role) {
    return role != PortalRole.USER;
  }

  /** An associate member is an organisation the secretariat approved. */
  static boolean organisation(PortalRole role) {
    return role == PortalRole.ASSOCIATE;
  }
}
