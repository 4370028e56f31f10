package org.safeports.membership;

/**
 * The secretariat declined an application, for the reason it gives the applicant.
 *
 * @param reason what the secretariat wrote
 */
public record AssociateDeclined(
    long applicationId,
    String email,
    String language,
    String name,
    String organisation,
    String reason) {}
