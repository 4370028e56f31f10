package org.safeports.library;

import java.util.List;

/** What a document prepares for or reports on. A document may cover several. */
enum Hazard {
  HURRICANE,
  EARTHQUAKE,
  TSUNAMI,
  FLOOD,
  PANDEMIC,
  SECURITY_INCIDENT,
  CYBER_INCIDENT,
  OTHER;

  static List<Hazard> all() {
    return List.of(values());
  }
}
