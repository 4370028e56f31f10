package org.safeports.membership;

import java.time.LocalDate;

/** A PFSO verification's year ran out without renewal: the person is no longer a PFSO. */
public record PfsoExpired(
    long accountId,
    long requestId,
    String email,
    String language,
    String facility,
    LocalDate validUntil)
    implements MembershipDecision {}
