package org.safeports.library;

import org.safeports.library.LibraryRecords.Document;
import org.safeports.library.LibraryRecords.Version;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditActor;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.springframework.stereotype.Component;

/**
 * What the library writes into the audit log: publication, withdrawal, the editors' decisions on
 * delegates' plans, and downloads of restricted files (the download log is a view of these).
 */
@Component
class LibraryAudit {

  private final AuditLog log;

  LibraryAudit(AuditLog log) {
    this.log = log;
  }

  /** A document changed state; {@code before} is null for a new one. */
  void statusChanged(
      AuditAction action, long id, DocumentStatus before, DocumentStatus after, Actor actor) {
    statusChanged(action, id, before, after, null, actor);
  }

  void statusChanged(
      AuditAction action,
      long id,
      DocumentStatus before,
      DocumentStatus after,
      String note,
      Actor actor) {
    log.record(
        AuditEntry.of(action, id)
            .change(
                before == null ? null : AuditEntry.fields("status", before),
                AuditEntry.fields("status", after))
            .detail(note == null ? null : AuditEntry.fields("note", note))
            .by(who(actor)));
  }

  /** The keys the download log's view reads ({@code library_download}): keep them. */
  void downloaded(Document document, Version version, Actor actor) {
    log.record(
        AuditEntry.of(AuditAction.DOCUMENT_DOWNLOADED, document.id())
            .detail(
                AuditEntry.fields(
                    "version", version.number(), "accessLevel", document.accessLevel()))
            .by(who(actor)));
  }

  private static AuditActor who(Actor actor) {
    return new AuditActor(actor.accountId(), actor.email(), actor.name());
  }
}
