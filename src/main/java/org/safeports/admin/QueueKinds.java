package org.safeports.admin;

import java.util.Arrays;
import org.safeports.platform.QueuedWork;

/** The queue's kind filter as it comes in an address: a kind's name, or nothing for all. */
final class QueueKinds {

  private QueueKinds() {}

  /** The kind named, or null (every kind) for a missing or unknown name. */
  static QueuedWork.Kind parse(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return Arrays.stream(QueuedWork.Kind.values())
        .filter(k -> k.name().equals(name))
        .findFirst()
        .orElse(null);
  }
}
