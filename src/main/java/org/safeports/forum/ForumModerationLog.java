package org.safeports.forum;

import java.util.Map;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The traces every moderation step leaves: the audit entry, in the step's transaction, and the
 * event that tells the author what happened and why (a moderator is not told of their own posts);
 * through {@link #search()}, what the site search must read again.
 */
@Component
class ForumModerationLog {

  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final ForumSearchChanges search;

  ForumModerationLog(AuditLog audit, ApplicationEventPublisher events, ForumSearchChanges search) {
    this.audit = audit;
    this.events = events;
    this.search = search;
  }

  /** What the site search must read again after the step: see {@link ForumSearchChanges}. */
  ForumSearchChanges search() {
    return search;
  }

  void audit(
      AuditAction action,
      long objectId,
      Map<String, Object> before,
      Map<String, Object> after,
      Map<String, Object> detail) {
    audit.record(AuditEntry.of(action, objectId).change(before, after).detail(detail));
  }

  /** Tells the author, unless the one who acted is the author (a moderator on their own post). */
  void tell(
      long authorAccountId,
      Long actorAccountId,
      String action,
      String reason,
      String topicTitle,
      String path) {
    if (actorAccountId != null && actorAccountId == authorAccountId) {
      return;
    }
    events.publishEvent(
        new ForumPostModerated(
            authorAccountId, action, reason == null ? "" : reason, topicTitle, path));
  }
}
