package org.safeports.admin;

import java.util.Arrays;
import org.safeports.platform.QueuedWork;

/**
 * The queue's kind filter and page as they come in an address: a kind's name, or nothing for all; a
 * page number from 0.
 */
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

  /** The page asked for: 0 for a missing, malformed or negative number. */
  static int page(String number) {
    if (number == null || !number.matches("[0-9]{1,6}")) {
      return 0;
    }
    return Integer.parseInt(number);
  }

  /** The queue's address with this filter and page, back at the queue. */
  static String address(QueuedWork.Kind kind, int page) {
    StringBuilder address = new StringBuilder("/admin");
    if (kind != null) {
      address.append("?kind=").append(kind.name());
    }
    if (page > 0) {
      address.append(kind == null ? '?' : '&').append("page=").append(page);
    }
    return address.append("#queue").toString();
  }
}
