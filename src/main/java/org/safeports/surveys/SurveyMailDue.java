package org.safeports.surveys;

import java.time.Instant;
import java.util.List;

/**
 * Mail the surveys' jobs decided to send: invitations to a survey that opened, reminders and the
 * last call to those who have not answered. Each letter names its invitation, so that a mail that
 * cannot be delivered is marked on it ({@link SurveyInvitations#undeliverable}).
 */
public record SurveyMailDue(List<Letter> letters) {

  public enum Kind {
    INVITATION,
    REMINDER,
    LAST_CALL
  }

  /**
   * @param title the survey's title in the recipient's language (the original's when missing)
   * @param path the survey's address on the portal
   * @param closesAt when answers stop, or null when the survey has no end date
   */
  public record Letter(
      long invitationId,
      String email,
      String language,
      Kind kind,
      String title,
      String path,
      Instant closesAt) {}
}
