package org.safeports.library;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeports.identity.PortalUser;
import org.safeports.platform.security.PortalRole;
import org.safeports.platform.security.Viewer;

/** Who is acting on the library: a signed-in person with their roles, or a visitor. */
record Actor(Long accountId, String name, String email, String countryCode, Viewer viewer) {

  /** What a delegate holds through the role hierarchy: the rights the delegates' pages act with. */
  private static final Set<PortalRole> DELEGATES_RIGHTS =
      EnumSet.of(PortalRole.USER, PortalRole.ASSOCIATE, PortalRole.DELEGATE);

  static Actor of(PortalUser user, Viewer viewer) {
    return user == null
        ? new Actor(null, null, null, null, viewer)
        : new Actor(
            user.accountId(), user.displayName(), user.getUsername(), user.countryCode(), viewer);
  }

  boolean has(PortalRole role) {
    return viewer.has(role.name());
  }

  boolean editor() {
    return has(PortalRole.EDITOR);
  }

  boolean delegate() {
    return has(PortalRole.DELEGATE) && countryCode != null;
  }

  /**
   * The same person with a delegate's rights only: under the delegates' address an editor works as
   * a delegate of their own country would, and their plans wait for review like anyone's.
   */
  Actor asDelegate() {
    Set<String> roles =
        DELEGATES_RIGHTS.stream()
            .filter(this::has)
            .map(PortalRole::name)
            .collect(Collectors.toUnmodifiableSet());
    return new Actor(accountId, name, email, countryCode, new Viewer(viewer.name(), roles));
  }
}
