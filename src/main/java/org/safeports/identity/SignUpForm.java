package org.safeports.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a port official types to open an account. The password rules are checked by the service;
 * that the password was typed the same twice, here.
 */
@PasswordsMatch
record SignUpForm(
    @NotBlank(message = "{identity.name.required}")
        @Size(max = 120, message = "{identity.name.tooLong}")
        String displayName,
    @NotBlank(message = "{identity.email.required}")
        @Email(message = "{identity.email.invalid}")
        @Size(max = 254, message = "{identity.email.invalid}")
        String email,
    @NotBlank(message = "{identity.organisation.required}")
        @Size(max = 160, message = "{identity.organisation.tooLong}")
        String organisation,
    @NotBlank(message = "{identity.country.required}") String country,
    String password,
    String confirmPassword)
    implements PasswordsMatch.Pair {

  @Override
  public String typedPassword() {
    return password;
  }

  @Override
  public String typedConfirmation() {
    return confirmPassword;
  }

  static SignUpForm empty() {
    return new SignUpForm(null, null, null, null, null, null);
  }
}
