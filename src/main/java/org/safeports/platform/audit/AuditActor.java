package org.safeports.platform.audit;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who acted, as they were at the time: the account's id, e-mail and name are copied into the entry
 * so that it keeps its meaning when the account changes. No one (all nulls) is the portal itself: a
 * job, the demo data, a visitor.
 */
public record AuditActor(Long accountId, String email, String name) {

  public static final AuditActor NOBODY = new AuditActor(null, null, null);

  public static AuditActor of(Auditable person) {
    return new AuditActor(person.accountId(), person.getUsername(), person.displayName());
  }

  /** Someone known only by the address they typed, as on a failed sign-in. */
  public static AuditActor typed(String email) {
    return new AuditActor(null, email, null);
  }

  /** The person signed in on this thread (fully or half-way through a second factor), if any. */
  public static AuditActor current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof Auditable person) {
      return of(person);
    }
    return NOBODY;
  }
}
