package org.safeports.identity;

import jakarta.validation.constraints.NotBlank;

/** A change of password on the account's own page: the current one, and the new one twice. */
@PasswordsMatch
record PasswordChangeForm(
    @NotBlank(message = "{identity.password.currentRequired}") String currentPassword,
    String newPassword,
    String confirmPassword)
    implements PasswordsMatch.Pair {

  static PasswordChangeForm empty() {
    return new PasswordChangeForm(null, null, null);
  }

  @Override
  public String typedPassword() {
    return newPassword;
  }

  @Override
  public String typedConfirmation() {
    return confirmPassword;
  }
}
