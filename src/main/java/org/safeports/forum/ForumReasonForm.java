package org.safeports.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a moderator hides or rejects a post: the author is told, so it is required. */
record ForumReasonForm(
    @NotBlank(message = "{forum.mod.reasonRequired}")
        @Size(max = 500, message = "{forum.mod.reasonTooLong}")
        String reason) {}
