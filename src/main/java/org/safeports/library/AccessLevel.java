package org.safeports.library;

import java.util.Arrays;
import java.util.List;
import org.safeports.platform.security.PortalRole;
import org.safeports.platform.security.Viewer;

/**
 * Who may read a document and download its file. Editors and admins reach every level through the
 * role hierarchy (an editor holds the delegate and PFSO roles).
 */
enum AccessLevel {
  /** Anyone, without an account. */
  PUBLIC(null),
  /** Associate members, delegates, PFSOs and the secretariat. */
  MEMBERS(null),
  /** Member states' delegates and the secretariat. */
  DELEGATES(PortalRole.DELEGATE),
  /** Port Facility Security Officers and the secretariat. */
  PFSOS(PortalRole.PFSO);

  private final PortalRole role;

  AccessLevel(PortalRole role) {
    this.role = role;
  }

  boolean readableBy(Viewer viewer) {
    return switch (this) {
      case PUBLIC -> true;
      case MEMBERS -> viewer.has(PortalRole.ASSOCIATE.name()) || viewer.has(PortalRole.PFSO.name());
      case DELEGATES, PFSOS -> viewer.has(role.name());
    };
  }

  /** The names of the levels a viewer may read, for SQL. */
  static String[] readable(Viewer viewer) {
    return Arrays.stream(values())
        .filter(l -> l.readableBy(viewer))
        .map(Enum::name)
        .toArray(String[]::new);
  }

  static List<AccessLevel> all() {
    return List.of(values());
  }
}
