package org.safeports.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account, on every instance, by deleting them from the shared session
 * store: used when an account is disabled, its role changes, or its password is reset; and all but
 * the current one when the person changes their password or second factor. A membership decision
 * that changes a role does not sign the person out: it replaces the principal in each of their
 * sessions, so the new rights apply from their next request.
 */
@Component
class SessionTerminator {

  private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

  SessionTerminator(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
    this.sessions = sessions;
  }

  void endAllSessionsOf(String email) {
    endSessionsOf(email, null);
  }

  /** Every session of the account but the one given (the person's own, which stays signed in). */
  void endOtherSessionsOf(String email, String keptSessionId) {
    endSessionsOf(email, keptSessionId);
  }

  /**
   * Puts the account as it is now into every session where it is fully signed in (one half-way
   * through the second factor keeps its pending sign-in, which holds no role).
   */
  void refreshSessionsOf(PortalUser user) {
    FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
    if (repository != null) {
      refresh(repository, user);
    }
  }

  private static <S extends Session> void refresh(
      FindByIndexNameSessionRepository<S> repository, PortalUser user) {
    String key = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
    for (S session : repository.findByPrincipalName(user.getUsername()).values()) {
      SecurityContext context = session.getAttribute(key);
      Authentication old = context == null ? null : context.getAuthentication();
      if (old == null || !(old.getPrincipal() instanceof PortalUser)) {
        continue;
      }
      UsernamePasswordAuthenticationToken fresh =
          UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
      fresh.setDetails(old.getDetails());
      SecurityContext replaced = SecurityContextHolder.createEmptyContext();
      replaced.setAuthentication(fresh);
      session.setAttribute(key, replaced);
      repository.save(session);
    }
  }

  private void endSessionsOf(String email, String keptSessionId) {
    FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
    if (repository == null) {
      return;
    }
    for (String id : repository.findByPrincipalName(email).keySet()) {
      if (!id.equals(keptSessionId)) {
        repository.deleteById(id);
      }
    }
  }
}
