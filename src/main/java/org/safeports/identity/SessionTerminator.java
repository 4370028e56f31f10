package org.safeports.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account, on every instance, by deleting them from the shared session
 * store: used when an account is disabled, its role changes, or its password is reset; and all but
 * the current one when the person changes their password or second factor.
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
