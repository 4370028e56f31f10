package org.safeports.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An invitee without an account accepts: the name they go by and the password they choose. */
record AcceptForm(
    @NotBlank(message = "{membership.invitation.name.required}")
        @Size(max = 120, message = "{membership.delegates.name.tooLong}")
        String displayName,
    String password,
    String confirmPassword) {}
