package org.safeports.membership;

/**
 * The secretariat approved an application: the account is an associate member for the organisation.
 *
 * @param accountId the contact's account (new or existing)
 * @param email the contact's address
 * @param language the language the applicant applied in, and of the welcome mail
 * @param organisation the approved organisation
 * @param passwordLink a full link to choose a password when the account was created for this, or
 *     null when the person already had one
 * @param directoryLink the full link to the associate members' directory
 */
public record AssociateApproved(
    long accountId,
    long applicationId,
    String email,
    String language,
    String name,
    String organisation,
    String passwordLink,
    String directoryLink)
    implements MembershipDecision {}
