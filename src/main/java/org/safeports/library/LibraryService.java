package org.safeports.library;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.files.InspectedFile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's changes: adding a document, describing it, its new versions and the editors'
 * decisions. Every write of a file and its rows happens in one transaction, so a failure or a
 * killed process leaves neither a file without a row nor a row without a file. What a page reads is
 * {@link LibraryReading}'s.
 */
@Service
class LibraryService {

  private final LibraryDocumentRepository documents;
  private final LibraryVersionRepository versions;
  private final LibraryFileRepository files;
  private final LibraryFiles bytes;
  private final LibrarySearch search;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final LibraryAudit audit;

  LibraryService(
      LibraryDocumentRepository documents,
      LibraryVersionRepository versions,
      LibraryFileRepository files,
      LibraryFiles bytes,
      LibrarySearch search,
      ApplicationEventPublisher events,
      Clock clock,
      LibraryAudit audit) {
    this.documents = documents;
    this.versions = versions;
    this.files = files;
    this.bytes = bytes;
    this.search = search;
    this.events = events;
    this.clock = clock;
    this.audit = audit;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  @Transactional
  long create(DocumentMetadata meta, InspectedFile file, Actor actor, boolean publish) {
    if (!DocumentAccess.mayAdd(actor, meta.type(), meta.countryCode())) {
      throw new NotFoundException();
    }
    Instant now = clock.instant();
    DocumentStatus status =
        actor.editor() && publish ? DocumentStatus.PUBLISHED : DocumentStatus.PENDING;
    LibraryDocument document = new LibraryDocument(status, actor.accountId(), now);
    document.describe(meta.type(), meta.countryCode(), meta);
    documents.save(document);
    if (actor.editor()) {
      document.relate(existing(meta.related()));
    }
    long id = document.id();
    addFile(id, file, true, meta.note(), actor, now);
    document.serve(versions.newestApproved(id).orElse(null));
    refreshSearch(id);
    if (status == DocumentStatus.PUBLISHED) {
      audit.statusChanged(AuditAction.DOCUMENT_PUBLISHED, id, null, status, actor);
      events.publishEvent(new LibraryDocumentChanged(id));
    } else if (!actor.editor()) {
      events.publishEvent(new PlanSubmitted(id, meta.countryCode(), titleOf(document)));
    }
    return id;
  }

  /**
   * Saves the metadata if nobody saved since the form was loaded. A delegate keeps the type and
   * country the document has: those are the secretariat's to change.
   */
  @Transactional
  void update(long id, long expectedVersion, DocumentMetadata meta, Actor actor) {
    LibraryDocument document = managed(id, actor);
    if (!actor.editor() && document.view().status() == DocumentStatus.PUBLISHED) {
      throw new NotAllowed(id);
    }
    if (document.version() != expectedVersion) {
      throw new ConcurrentDocumentEdit();
    }
    var before = document.view();
    document.describe(
        actor.editor() ? meta.type() : before.type(),
        actor.editor() ? meta.countryCode() : before.countryCode(),
        meta);
    if (actor.editor()) {
      document.relate(existing(meta.related()));
    }
    refreshSearch(id);
    events.publishEvent(new LibraryDocumentChanged(id));
  }

  /**
   * A newer file for a document. An editor's version is current at once; a delegate's waits for an
   * editor, and the document keeps serving the last approved one meanwhile. A returned plan goes
   * back to the editors with it.
   */
  @Transactional
  void addVersion(long id, InspectedFile file, String note, Actor actor) {
    LibraryDocument document = managed(id, actor);
    DocumentStatus status = document.view().status();
    if (status == DocumentStatus.WITHDRAWN && !actor.editor()) {
      throw new NotAllowed(id);
    }
    Instant now = clock.instant();
    boolean approved = actor.editor() || status != DocumentStatus.PUBLISHED;
    addFile(id, file, approved, note, actor, now);
    if (approved) {
      document.serve(versions.newestApproved(id).orElse(null));
      refreshSearch(id);
    }
    if (!actor.editor() && status == DocumentStatus.RETURNED) {
      document.changeStatus(DocumentStatus.PENDING, null, now);
    }
    if (!actor.editor()) {
      events.publishEvent(new PlanSubmitted(id, document.view().countryCode(), titleOf(document)));
    }
    events.publishEvent(new LibraryDocumentChanged(id));
  }

  /** The editor accepts a delegate's plan, or the new version of one. */
  @Transactional
  void approve(long id, Actor actor) {
    LibraryDocument document = editors(id, actor);
    DocumentStatus before = document.view().status();
    approveWaitingVersions(document);
    if (before != DocumentStatus.PUBLISHED) {
      document.changeStatus(DocumentStatus.PUBLISHED, null, clock.instant());
    }
    audit.statusChanged(AuditAction.PLAN_APPROVED, id, before, DocumentStatus.PUBLISHED, actor);
    refreshSearch(id);
    events.publishEvent(new LibraryDocumentChanged(id));
    decided(document, true, null);
  }

  /**
   * The editor sends a plan back with a note. A waiting version of a published plan is dropped; a
   * plan never published goes back to its delegate as returned.
   */
  @Transactional
  void returnToDelegate(long id, String note, Actor actor) {
    LibraryDocument document = editors(id, actor);
    DocumentStatus before = document.view().status();
    DocumentStatus after =
        before == DocumentStatus.PUBLISHED ? DocumentStatus.PUBLISHED : DocumentStatus.RETURNED;
    if (before == DocumentStatus.PUBLISHED) {
      List<Long> waiting = versions.waitingFiles(id);
      versions.deleteWaiting(id);
      if (!waiting.isEmpty()) {
        files.deleteUnused(waiting);
      }
    }
    document.changeStatus(after, note, clock.instant());
    audit.statusChanged(AuditAction.PLAN_RETURNED, id, before, after, note, actor);
    decided(document, false, note);
  }

  /** The country's delegates hear of the decision on their plan (a document with a country). */
  private void decided(LibraryDocument document, boolean approved, String note) {
    var view = document.view();
    if (view.countryCode() != null && view.type().isPlan()) {
      events.publishEvent(
          new PlanDecided(
              view.id(),
              view.countryCode(),
              view.submittedBy(),
              approved,
              note,
              titleOf(document)));
    }
  }

  /** The title in the document's own language, else the first it has. */
  private static String titleOf(LibraryDocument document) {
    String language = document.view().language();
    return document.descriptions().stream()
        .filter(d -> d.language().equals(language))
        .findFirst()
        .or(() -> document.descriptions().stream().findFirst())
        .map(LibraryRecords.Description::title)
        .orElse("");
  }

  @Transactional
  void withdraw(long id, Actor actor) {
    LibraryDocument document = editors(id, actor);
    DocumentStatus before = document.view().status();
    document.changeStatus(DocumentStatus.WITHDRAWN, null, clock.instant());
    audit.statusChanged(
        AuditAction.DOCUMENT_WITHDRAWN, id, before, DocumentStatus.WITHDRAWN, actor);
    events.publishEvent(new LibraryDocumentChanged(id));
  }

  @Transactional
  void republish(long id, Actor actor) {
    LibraryDocument document = editors(id, actor);
    var before = document.view();
    if (before.currentVersionId() == null) {
      approveWaitingVersions(document);
    }
    document.changeStatus(DocumentStatus.PUBLISHED, null, clock.instant());
    audit.statusChanged(
        AuditAction.DOCUMENT_PUBLISHED, id, before.status(), DocumentStatus.PUBLISHED, actor);
    refreshSearch(id);
    events.publishEvent(new LibraryDocumentChanged(id));
  }

  @Transactional
  void markReviewed(long id, Actor actor) {
    LibraryDocument document = managed(id, actor);
    if (!document.view().type().isPlan()) {
      throw new NotAllowed(id);
    }
    document.markReviewed(today());
    events.publishEvent(new LibraryDocumentChanged(id));
  }

  /** Restricted downloads go into the audit log, who and when; public ones do not. */
  @Transactional
  void recordDownload(
      LibraryRecords.Document document, LibraryRecords.Version version, Actor actor) {
    if (document.accessLevel() != AccessLevel.PUBLIC && actor.accountId() != null) {
      audit.downloaded(document, version, actor);
    }
  }

  private List<Long> existing(List<Long> related) {
    return related.isEmpty() ? List.of() : documents.existing(related);
  }

  private void addFile(
      long id, InspectedFile file, boolean approved, String note, Actor actor, Instant now) {
    long fileId = bytes.store(file);
    versions.save(
        new LibraryVersion(id, versions.nextNumber(id), fileId, file, approved, note, actor, now));
  }

  private void approveWaitingVersions(LibraryDocument document) {
    versions.approveWaiting(document.id());
    document.serve(versions.newestApproved(document.id()).orElse(null));
  }

  /** The search function reads the stored rows: what this transaction changed is written first. */
  private void refreshSearch(long id) {
    documents.flush();
    search.refresh(id);
  }

  private LibraryDocument managed(long id, Actor actor) {
    return documents
        .findById(id)
        .filter(d -> DocumentAccess.manages(actor, d.view()))
        .orElseThrow(NotFoundException::new);
  }

  private LibraryDocument editors(long id, Actor actor) {
    if (!actor.editor()) {
      throw new NotFoundException();
    }
    return documents.findById(id).orElseThrow(NotFoundException::new);
  }

  /** An action the rules do not allow in the document's state. */
  static class NotAllowed extends RuntimeException {
    private final long documentId;

    NotAllowed(long documentId) {
      this.documentId = documentId;
    }

    long documentId() {
      return documentId;
    }
  }

  /** Someone saved the document since the form was loaded. */
  static class ConcurrentDocumentEdit extends RuntimeException {}
}
