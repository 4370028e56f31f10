package org.safeports.membership;

/**
 * The secretariat asked an applicant for more information; the applicant reads the thread and
 * answers through the link.
 *
 * @param question what the secretariat wrote
 * @param link the full link to the application's thread
 */
public record AssociateInformationRequested(
    long applicationId,
    String email,
    String language,
    String name,
    String organisation,
    String question,
    String link) {}
