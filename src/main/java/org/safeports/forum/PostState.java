package org.safeports.forum;

/** Where a post (or a topic, by its first post) stands. */
enum PostState {
  /** Shown to everyone who may read the category. */
  VISIBLE,
  /** A new account's post waiting for a moderator's approval; shown only to its author. */
  HELD,
  /** Hidden by a moderator or by enough flags; readers see that it was hidden, not what it said. */
  HIDDEN,
  /** Deleted by its author; readers see "deleted by the author". */
  DELETED
}
