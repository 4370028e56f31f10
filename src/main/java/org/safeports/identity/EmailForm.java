package org.safeports.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A form that asks for an address only: password reset, a new verification link. */
record EmailForm(
    @NotBlank(message = "{identity.email.required}")
        @Email(message = "{identity.email.invalid}")
        @Size(max = 254, message = "{identity.email.invalid}")
        String email) {

  static EmailForm empty() {
    return new EmailForm(null);
  }
}
