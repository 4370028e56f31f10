package org.safeports.membership;

import java.time.LocalDate;

/**
 * A member state as stored: whether it sits on the TAG, chairs it, since when, and the version the
 * admin screen saves against.
 */
record MemberStateRow(
    String code, boolean tagMember, boolean chair, LocalDate joinedOn, int version) {}
