package org.safeports.membership;

/**
 * An organisation applied to be an associate member: the applicant is to confirm the address by
 * following the link (valid seven days) before the secretariat sees the application.
 *
 * @param email the applicant's address
 * @param language the language of the page they applied on, and of the mail
 * @param name the contact person
 * @param organisation the organisation's name
 * @param link the full confirmation link
 */
public record AssociateConfirmationRequested(
    long applicationId,
    String email,
    String language,
    String name,
    String organisation,
    String link) {}
