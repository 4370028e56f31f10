package org.safeports.identity;

record NewPasswordForm(String newPassword, String confirmPassword) {

  static NewPasswordForm empty() {
    return new NewPasswordForm(null, null);
  }
}
