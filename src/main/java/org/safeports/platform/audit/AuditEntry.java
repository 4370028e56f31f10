package org.safeports.platform.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing to write into the audit log: what was done to which object, the object's state before
 * and after a change, any other detail (a reason, a version), and who did it (when not named, the
 * person signed in on this thread). When and from which address the log adds itself.
 *
 * <pre>{@code
 * audit.record(AuditEntry.of(AuditAction.ROLE_CHANGED, accountId)
 *     .change(AuditEntry.fields("role", "USER"), AuditEntry.fields("role", "DELEGATE")));
 * }</pre>
 */
public record AuditEntry(
    AuditAction action,
    String objectId,
    Map<String, Object> before,
    Map<String, Object> after,
    Map<String, Object> detail,
    AuditActor actor) {

  public static AuditEntry of(AuditAction action, Object objectId) {
    return new AuditEntry(
        action, objectId == null ? null : objectId.toString(), null, null, null, null);
  }

  /** The object's state before and after the change. */
  public AuditEntry change(Map<String, Object> before, Map<String, Object> after) {
    return new AuditEntry(action, objectId, before, after, detail, actor);
  }

  public AuditEntry detail(Map<String, Object> detail) {
    return new AuditEntry(action, objectId, before, after, detail, actor);
  }

  public AuditEntry by(AuditActor actor) {
    return new AuditEntry(action, objectId, before, after, detail, actor);
  }

  /**
   * Names and values, in order, as a map that keeps the order and takes nulls (a country that was
   * not set is worth recording): {@code fields("role", role, "country", null)}.
   */
  public static Map<String, Object> fields(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("Names and values come in pairs");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      fields.put(
          namesAndValues[i].toString(),
          value == null || value instanceof Number || value instanceof Boolean
              ? value
              : value.toString());
    }
    return Collections.unmodifiableMap(fields);
  }
}
