package org.safeports.contact;

import java.util.Arrays;
import java.util.Optional;
import org.safeports.platform.audit.AuditAction;

/** Where a message stands: new, answered by the secretariat, or closed without more to do. */
enum ContactStatus {
  NEW(AuditAction.CONTACT_REOPENED),
  ANSWERED(AuditAction.CONTACT_ANSWERED),
  CLOSED(AuditAction.CONTACT_CLOSED);

  private final AuditAction recordedAs;

  ContactStatus(AuditAction recordedAs) {
    this.recordedAs = recordedAs;
  }

  /** The audit log's name for moving a message into this state. */
  AuditAction recordedAs() {
    return recordedAs;
  }

  static Optional<ContactStatus> of(String name) {
    return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
  }
}
