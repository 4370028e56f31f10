package org.safeports.identity;

import org.springframework.validation.BindingResult;

/**
 * The password policy's check of a new password, as an error next to its field. That it was typed
 * the same twice is the form's own constraint ({@link PasswordsMatch}).
 */
final class PasswordChecks {

  private PasswordChecks() {}

  static void check(
      Passwords passwords, String password, String email, String field, BindingResult result) {
    passwords.passwordProblem(password, email).ifPresent(key -> result.rejectValue(field, key));
  }
}
