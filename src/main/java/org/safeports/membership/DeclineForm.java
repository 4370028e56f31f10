package org.safeports.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the secretariat declines an application; the applicant is sent it. */
record DeclineForm(
    @NotBlank(message = "{membership.associate.decline.required}")
        @Size(max = 5000, message = "{membership.associate.decline.tooLong}")
        String reason) {}
