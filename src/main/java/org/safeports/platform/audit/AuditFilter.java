package org.safeports.platform.audit;

import java.time.LocalDate;

/**
 * Which entries to read: any of who (part of the e-mail, any case), what, which module, the dates
 * from and to (both included, UTC), and the object (its kind, and its id exactly). A null leaves
 * that side open.
 */
public record AuditFilter(
    String email,
    AuditAction action,
    String module,
    LocalDate from,
    LocalDate to,
    String objectType,
    String objectId) {

  public static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null, null);

  /** Any object. */
  public AuditFilter(
      String email, AuditAction action, String module, LocalDate from, LocalDate to) {
    this(email, action, module, from, to, null, null);
  }
}
