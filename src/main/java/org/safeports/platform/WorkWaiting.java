package org.safeports.platform;

/**
 * An event that puts something in the secretariat's hands: a plan to approve, a Port Voices piece
 * to review, a membership application, a PFSO verification request. Modules make their own events
 * implement it; notifications tells the editors who asked to be told, at once or in a daily digest.
 */
public interface WorkWaiting {

  /** What kind of work, one of the kinds editors choose to be told about. */
  Kind kind();

  /** A short title in the language it was written in (a document's, a piece's, an applicant's). */
  String title();

  /** The path of the page where it is handled, under the portal's address. */
  String path();

  /** The kinds of work an editor can choose to be told about. */
  enum Kind {
    PLAN,
    PIECE,
    APPLICATION,
    PFSO_REQUEST,
    REGISTRATION
  }
}
