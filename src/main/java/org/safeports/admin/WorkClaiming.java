package org.safeports.admin;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.safeports.platform.QueuedWork;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.safeports.platform.audit.Auditable;
import org.safeports.platform.security.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking and leaving queue items. A claim is taken only on an item that waits and that the person
 * may see; both are written to the audit log in the same transaction as the claim.
 */
@Service
class WorkClaiming {

  /** How a claim or a leave went, as the message key the dashboard shows. */
  enum Outcome {
    CLAIMED("admin.queue.claimed", true),
    TAKEN("admin.queue.taken", false),
    GONE("admin.queue.gone", false),
    LEFT("admin.queue.left", true),
    NOT_YOURS("admin.queue.notYours", false);

    private final String messageKey;
    private final boolean done;

    Outcome(String messageKey, boolean done) {
      this.messageKey = messageKey;
      this.done = done;
    }

    String messageKey() {
      return messageKey;
    }

    boolean done() {
      return done;
    }
  }

  private final WorkQueue queue;
  private final WorkClaims claims;
  private final AuditLog audit;
  private final Clock clock;

  WorkClaiming(WorkQueue queue, WorkClaims claims, AuditLog audit, Clock clock) {
    this.queue = queue;
    this.claims = claims;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  Outcome claim(String key, Viewer viewer, Auditable me) {
    List<QueuedWork> all = queue.everything();
    Optional<QueuedWork> work = queue.find(viewer, key, all);
    if (work.isEmpty()) {
      return Outcome.GONE;
    }
    queue.forgetDone(all);
    String name =
        me.displayName() == null || me.displayName().isBlank()
            ? me.getUsername()
            : me.displayName();
    if (!claims.claim(key, work.get().kind().name(), me.accountId(), name, clock.instant())) {
      return Outcome.TAKEN;
    }
    audit.record(AuditEntry.of(AuditAction.WORK_CLAIMED, key));
    return Outcome.CLAIMED;
  }

  @Transactional
  Outcome leave(String key, Auditable me) {
    if (!claims.leave(key, me.accountId())) {
      return Outcome.NOT_YOURS;
    }
    audit.record(AuditEntry.of(AuditAction.WORK_LEFT, key));
    return Outcome.LEFT;
  }
}
