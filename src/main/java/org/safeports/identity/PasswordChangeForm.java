package org.safeports.identity;

import jakarta.validation.constraints.NotBlank;

record PasswordChangeForm(
    @NotBlank(message = "{identity.password.currentRequired}") String currentPassword,
    String newPassword,
    String confirmPassword) {

  static PasswordChangeForm empty() {
    return new PasswordChangeForm(null, null, null);
  }
}
