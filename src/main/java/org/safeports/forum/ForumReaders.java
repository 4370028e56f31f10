package org.safeports.forum;

import java.util.Set;
import java.util.stream.Collectors;
import org.safeports.identity.PortalUser;
import org.safeports.platform.security.PortalRole;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Makes the {@link ForumReader} of a request, or of an account that mail is written for. */
@Component
public class ForumReaders {

  private final RoleHierarchy hierarchy;

  ForumReaders(RoleHierarchy hierarchy) {
    this.hierarchy = hierarchy;
  }

  /** The person of the current request; anonymous when signed out or half-way through sign-in. */
  public ForumReader current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !authentication.isAuthenticated()
        || !(authentication.getPrincipal() instanceof PortalUser user)) {
      return ForumReader.ANONYMOUS;
    }
    Set<String> roles = reachable(authentication.getAuthorities());
    if (!roles.contains(PortalRole.USER.name())) {
      return ForumReader.ANONYMOUS;
    }
    return new ForumReader(
        user.accountId(), user.displayName(), roles, ForumAudience.readableBy(roles));
  }

  /** The reader an account is, by its role now (for mail, mentions and digests). */
  public ForumReader of(long accountId, String name, PortalRole role) {
    Set<String> roles = reachable(java.util.List.of(new SimpleGrantedAuthority(role.authority())));
    return new ForumReader(accountId, name, roles, ForumAudience.readableBy(roles));
  }

  private Set<String> reachable(java.util.Collection<? extends GrantedAuthority> authorities) {
    return hierarchy.getReachableGrantedAuthorities(authorities).stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("ROLE_"))
        .map(a -> a.substring("ROLE_".length()))
        .collect(Collectors.toUnmodifiableSet());
  }
}
