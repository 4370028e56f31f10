package org.safeports.library;

import org.safeports.identity.PortalUser;
import org.safeports.platform.security.Viewer;

/** Who is acting on the library: a signed-in person with their roles, or a visitor. */
record Actor(Long accountId, String name, String email, String countryCode, Viewer viewer) {

  static Actor of(PortalUser user, Viewer viewer) {
    return user == null
        ? new Actor(null, null, null, null, viewer)
        : new Actor(
            user.accountId(), user.displayName(), user.getUsername(), user.countryCode(), viewer);
  }

  boolean editor() {
    return viewer.has("EDITOR");
  }

  boolean delegate() {
    return viewer.has("DELEGATE") && countryCode != null;
  }
}
