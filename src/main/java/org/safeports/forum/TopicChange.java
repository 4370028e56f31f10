package org.safeports.forum;

/** A moderator's switch on a topic; the name in lower case is the author's message key part. */
enum TopicChange {
  LOCK,
  UNLOCK,
  PIN,
  UNPIN,
  CLOSE,
  REOPEN;

  String told() {
    return switch (this) {
      case LOCK -> "locked";
      case UNLOCK -> "unlocked";
      case PIN -> "pinned";
      case UNPIN -> "unpinned";
      case CLOSE -> "closed";
      case REOPEN -> "reopened";
    };
  }
}
