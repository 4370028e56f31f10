package org.safeports.membership;

/**
 * The secretariat removed a member state's delegate. Identity takes the delegate's rights away
 * (unless another membership gives them).
 *
 * @param accountId the former delegate's account
 * @param countryCode the member state they represented
 */
public record DelegateRemoved(long accountId, String countryCode) implements MembershipDecision {}
