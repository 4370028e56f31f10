package org.safeports.content;

import java.util.Map;
import java.util.Optional;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;

/** The editorial moves the audit log records: those that change what visitors can see. */
final class ContentAudit {

  private ContentAudit() {}

  static Map<String, Object> state(ContentItem item) {
    return AuditEntry.fields(
        "kind", item.kind(), "status", item.status(), "publishAt", item.publishAt());
  }

  static Optional<AuditEntry> entry(
      ContentItem item, EditorialStatus.Action action, Map<String, Object> before) {
    AuditAction recorded =
        switch (action) {
          case PUBLISH -> AuditAction.CONTENT_PUBLISHED;
          case UNPUBLISH -> AuditAction.CONTENT_UNPUBLISHED;
          case ARCHIVE -> AuditAction.CONTENT_ARCHIVED;
          case SUBMIT, RESTORE_DRAFT -> null;
        };
    return Optional.ofNullable(recorded)
        .map(a -> AuditEntry.of(a, item.id()).change(before, state(item)));
  }
}
