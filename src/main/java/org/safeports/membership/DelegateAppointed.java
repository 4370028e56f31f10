package org.safeports.membership;

/**
 * The secretariat appointed a member state's delegate (directly, or by an invitation the person
 * accepted). Identity makes the account a delegate of that country.
 *
 * @param accountId the delegate's account
 * @param delegateId the appointment
 * @param countryCode the member state they represent
 */
public record DelegateAppointed(long accountId, long delegateId, String countryCode)
    implements MembershipDecision {}
