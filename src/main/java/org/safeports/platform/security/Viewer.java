package org.safeports.platform.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.safeports.platform.audit.Auditable;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is looking at a page, as templates need it: signed in or not, and which roles they hold
 * through the role hierarchy. Pages decide what to show with it; the server's route rules and
 * services still decide what is allowed. The name is the account's e-mail (what sessions are
 * indexed by); the display name is the one the person chose, for the header.
 */
public record Viewer(String name, Set<String> roles, String displayName) {

  public static final Viewer ANONYMOUS = new Viewer(null, Set.of());

  /**
   * The request attribute under which a page rendered for everyone of an audience (the signed-in
   * page cache) finds the viewer it renders for: the same roles, and a marker in place of who.
   */
  public static final String SHARED_PAGE = Viewer.class.getName() + ".SHARED_PAGE";

  /** A viewer known only by the account's e-mail. */
  public Viewer(String name, Set<String> roles) {
    this(name, roles, null);
  }

  public static Viewer of(Authentication authentication, RoleHierarchy hierarchy) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return ANONYMOUS;
    }
    Set<String> roles =
        hierarchy.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith("ROLE_"))
            .map(a -> a.substring("ROLE_".length()))
            .collect(Collectors.toUnmodifiableSet());
    if (roles.isEmpty()) {
      return ANONYMOUS;
    }
    String displayName =
        authentication.getPrincipal() instanceof Auditable person ? person.displayName() : null;
    return new Viewer(authentication.getName(), roles, displayName);
  }

  /** This viewer's roles with {@code marker} as name and display name, for a shared render. */
  public Viewer sharedAs(String marker) {
    return new Viewer(marker, roles, marker);
  }

  /** What the header calls the person: the name they chose, else their e-mail. */
  public String label() {
    return displayName == null || displayName.isBlank() ? name : displayName;
  }

  /** Fully signed in: a role of the portal, not half-way through a second factor. */
  public boolean signedIn() {
    return roles.contains(PortalRole.USER.name());
  }

  public boolean has(String role) {
    return roles.contains(role);
  }
}
