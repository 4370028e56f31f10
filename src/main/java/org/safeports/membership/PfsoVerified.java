package org.safeports.membership;

import java.time.LocalDate;

/**
 * A PFSO verification was approved: the person is a PFSO for the country's facility until {@code
 * validUntil}.
 */
public record PfsoVerified(
    long accountId,
    long requestId,
    String email,
    String language,
    String countryCode,
    String facility,
    LocalDate validUntil)
    implements MembershipDecision {}
