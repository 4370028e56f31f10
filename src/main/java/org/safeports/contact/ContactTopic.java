package org.safeports.contact;

import java.util.Arrays;
import java.util.Optional;

/** What a message is about; the secretariat sorts its answers by it. */
enum ContactTopic {
  GENERAL,
  LIBRARY,
  VOICES,
  MEMBERSHIP,
  ACCESSIBILITY,
  PRIVACY;

  static Optional<ContactTopic> of(String name) {
    return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
  }
}
