package org.safeports.identity;

/** A new password through a reset link, typed twice. The rules are the password policy's. */
@PasswordsMatch
record NewPasswordForm(String newPassword, String confirmPassword) implements PasswordsMatch.Pair {

  static NewPasswordForm empty() {
    return new NewPasswordForm(null, null);
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
