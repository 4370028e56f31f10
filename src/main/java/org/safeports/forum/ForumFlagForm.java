package org.safeports.forum;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reader's flag on a post: a reason, and a note for the moderators if they want to add one. */
record ForumFlagForm(
    @NotNull(message = "{forum.flag.reasonRequired}") FlagReason reason,
    @Size(max = 500, message = "{forum.flag.noteTooLong}") String note) {

  static ForumFlagForm empty() {
    return new ForumFlagForm(null, null);
  }
}
