package org.safeports.membership;

import org.safeports.platform.WorkWaiting;

/**
 * An associate member's application entered the secretariat's queue: confirmed by the applicant,
 * named as a further contact by an approved organisation, or answered after a question.
 *
 * @param title the organisation and the contact, as the applicant typed them
 * @param path the application's page for the secretariat
 * @param answered whether the applicant answered a question (rather than applied)
 */
public record AssociateApplicationWaiting(
    long applicationId, String title, String path, boolean answered) implements WorkWaiting {

  @Override
  public Kind kind() {
    return Kind.APPLICATION;
  }
}
