package org.safeports.admin;

import java.util.Arrays;
import org.safeports.platform.QueuedWork;

/**
 * The queue's kind filter as it comes in an address (a kind's name, or nothing for all), and the
 * queue's address with a filter and page.
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
