package org.safeports.library;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an editor asks the delegate to change before a plan is published. */
record ReturnForm(
    @NotNull(message = "{library.return.noteRequired}")
        @Size(max = 2000, message = "{library.return.noteTooLong}")
        String reviewNote) {

  static ReturnForm empty() {
    return new ReturnForm(null);
  }
}
