package org.safeports.platform.audit;

import java.time.Instant;

/** An entry as the log holds it, for the admin's screen, the export and the modules' views. */
public record AuditRecord(
    long id,
    Instant occurredAt,
    Long accountId,
    String email,
    String name,
    String address,
    String module,
    String action,
    String objectType,
    String objectId,
    String before,
    String after,
    String detail) {}
