package org.safeports.membership;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The secretariat's appointment of a delegate: the member state and the person's address; their
 * name (needed only when no account has the address, for the invitation), position and phone; the
 * language an invitation is written in.
 */
record AppointForm(
    @NotBlank(message = "{membership.delegates.country.required}") String country,
    @NotBlank(message = "{membership.delegates.email.required}")
        @Size(max = 254, message = "{membership.delegates.email.tooLong}")
        @Email(
            regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
            message = "{membership.delegates.email.invalid}")
        String email,
    @Size(max = 120, message = "{membership.delegates.name.tooLong}") String displayName,
    @Size(max = 160, message = "{membership.delegates.position.tooLong}") String position,
    @Size(max = 40, message = "{membership.delegates.phone.tooLong}")
        @Pattern(regexp = "[0-9+()./\\- ]*", message = "{membership.delegates.phone.invalid}")
        String phone,
    @NotBlank(message = "{membership.delegates.language.required}") String language) {

  static AppointForm empty() {
    return new AppointForm(null, null, null, null, null, "es");
  }
}
