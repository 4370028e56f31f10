package org.safeports.platform.audit;

import java.time.LocalDate;

/**
 * Which entries to read: any of who (part of the e-mail, any case), what, which module and the
 * dates from and to (both included, UTC). A null leaves that side open.
 */
public record AuditFilter(
    String email, AuditAction action, String module, LocalDate from, LocalDate to) {

  public static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null, null);
}
