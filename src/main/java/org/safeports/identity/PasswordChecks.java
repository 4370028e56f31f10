package org.safeports.identity;

import org.springframework.validation.BindingResult;

/** The checks every form with a new password makes, as field errors next to the fields. */
final class PasswordChecks {

  private PasswordChecks() {}

  static void check(
      AccountService accounts,
      String password,
      String confirmation,
      String email,
      String passwordField,
      String confirmationField,
      BindingResult result) {
    accounts
        .passwordProblem(password, email)
        .ifPresent(key -> result.rejectValue(passwordField, key));
    if (password != null && !password.equals(confirmation)) {
      result.rejectValue(confirmationField, "identity.password.mismatch");
    }
  }
}
