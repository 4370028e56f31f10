package org.safeports.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void refusesShortPasswords() {
    assertThat(policy.problemWith("elevenchars", "a@b.org")).hasValue("identity.password.tooShort");
    assertThat(policy.problemWith("", "a@b.org")).hasValue("identity.password.required");
  }

  @Test
  void acceptsLongPassphrasesUpTo256Characters() {
    assertThat(policy.problemWith("quiet harbour lantern at dawn", "a@b.org")).isEmpty();
    assertThat(policy.problemWith("Kx9!".repeat(32) + "tide", "a@b.org"))
        .isEmpty(); // 132 characters
    assertThat(policy.problemWith("b".repeat(10) + "x".repeat(247), "a@b.org"))
        .hasValue("identity.password.tooLong");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1qaz2wsx3edc",
        "qwerty123456",
        "Password1234!",
        "aaaaaaaaaaaa",
        "abcabcabcabc",
        "iloveyou2026!!"
      })
  void refusesCommonPasswords(String password) {
    assertThat(policy.problemWith(password, "a@b.org")).hasValue("identity.password.common");
  }

  @Test
  void refusesThePasswordThatContainsTheAddress() {
    assertThat(policy.problemWith("pfso@port.gob.pe-2026", "PFSO@port.gob.pe"))
        .hasValue("identity.password.containsEmail");
  }
}
