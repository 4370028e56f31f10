package org.safeports.content;

import java.util.List;

/** The topics news is filed under; their names are in the message bundles ({@code topic.<key>}). */
final class Topics {

  static final List<String> ALL =
      List.of("standards", "mda", "contingency", "cooperation", "membership", "events");

  private Topics() {}

  static boolean isKnown(String topic) {
    return topic == null || ALL.contains(topic);
  }
}
