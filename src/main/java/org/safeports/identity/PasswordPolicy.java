package org.safeports.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: 12 to 256 characters, not one of the commonly used passwords shipped
 * with the portal (also with digits or symbols stuck on its end), and not the e-mail address.
 * Answers with the message key of the first rule broken.
 */
@Component
class PasswordPolicy {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 256;

  private final Set<String> common;

  PasswordPolicy() {
    this.common = load("identity-common-passwords.txt");
  }

  Optional<String> problemWith(String password, String email) {
    if (password == null || password.isEmpty()) {
      return Optional.of("identity.password.required");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of("identity.password.tooShort");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("identity.password.tooLong");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    String stem = lower.replaceAll("[\\d\\W_]+$", "").replaceAll("^[\\d\\W_]+", "");
    if (common.contains(lower)
        || (stem.length() >= 8 && common.contains(stem))
        || isRepetition(lower)) {
      return Optional.of("identity.password.common");
    }
    if (email != null && lower.contains(email.trim().toLowerCase(Locale.ROOT))) {
      return Optional.of("identity.password.containsEmail");
    }
    return Optional.empty();
  }

  /** "aaaaaaaaaaaa", "abcabcabcabc": one short run repeated. */
  private static boolean isRepetition(String password) {
    for (int size = 1; size <= password.length() / 3; size++) {
      if (password.length() % size == 0
          && password.substring(0, size).repeat(password.length() / size).equals(password)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> load(String resource) {
    Set<String> words = new HashSet<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          words.add(line.trim().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
