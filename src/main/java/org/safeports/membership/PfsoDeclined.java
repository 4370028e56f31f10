package org.safeports.membership;

/** A PFSO verification request was declined, with the reason the person is sent. */
public record PfsoDeclined(
    long accountId, long requestId, String email, String language, String facility, String reason)
    implements MembershipDecision {}
