package org.safeports.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A moderator's correction of a post, and (optionally) why, for the author. */
record ForumPostEditForm(
    @NotBlank(message = "{forum.mod.edit.textRequired}")
        @Size(max = 20000, message = "{forum.mod.edit.textTooLong}")
        String text,
    @Size(max = 500, message = "{forum.mod.reasonTooLong}") String reason) {}
