package org.safeports.voices;

import java.util.List;

/** What pieces are about; names in the bundles as {@code voices.topic.<key>}. */
final class VoicesTopics {

  static final List<String> ALL =
      List.of("standards", "mda", "contingency", "cooperation", "training", "health");

  private VoicesTopics() {}
}
