/**
 * The audit log: one append-only record of who did what, when, from which address, to which object,
 * written by every module through {@link org.safeports.platform.audit.AuditLog}, and the admin's
 * screen to read and export it.
 */
@org.springframework.modulith.NamedInterface("audit")
package org.safeports.platform.audit;
