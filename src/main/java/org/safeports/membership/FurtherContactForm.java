package org.safeports.membership;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A further contact an approved organisation's associate member names. */
record FurtherContactForm(
    @NotBlank(message = "{membership.associate.form.name.required}")
        @Size(max = 120, message = "{membership.associate.form.name.tooLong}")
        String name,
    @NotBlank(message = "{membership.associate.form.position.required}")
        @Size(max = 120, message = "{membership.associate.form.position.tooLong}")
        String position,
    @NotBlank(message = "{membership.associate.form.email.required}")
        @Size(max = 254, message = "{membership.associate.form.email.tooLong}")
        @Email(
            regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
            message = "{membership.associate.form.email.invalid}")
        String email) {}
