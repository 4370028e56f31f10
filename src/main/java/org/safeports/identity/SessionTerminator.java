package org.safeports.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account, on every instance, by deleting them from the shared session
 * store: used when an account is disabled, its role changes, or its password is reset.
 */
@Component
class SessionTerminator {

  private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

  SessionTerminator(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
    this.sessions = sessions;
  }

  void endAllSessionsOf(String email) {
    FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
    if (repository == null) {
      return;
    }
    for (String id : repository.findByPrincipalName(email).keySet()) {
      repository.deleteById(id);
    }
  }
}
