package org.safeports.library;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.safeports.library.LibraryRecords.Document;
import org.safeports.library.LibraryRecords.Version;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's rules: who may see a document, download its file, add to it and publish it. Every
 * write of a file and its rows happens in one transaction, so a failure or a killed process leaves
 * neither a file without a row nor a row without a file.
 */
@Service
class LibraryService {

  private final LibraryStore store;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final LibraryAudit audit;

  LibraryService(
      LibraryStore store, ApplicationEventPublisher events, Clock clock, LibraryAudit audit) {
    this.store = store;
    this.events = events;
    this.clock = clock;
    this.audit = audit;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  // ---- who may do what ----

  /** A delegate looks after the contingency plans of their own country. */
  static boolean manages(Actor actor, Document document) {
    if (actor.editor()) {
      return true;
    }
    return actor.delegate()
        && document.type() == DocumentType.CONTINGENCY_PLAN
        && actor.countryCode().equals(document.countryCode());
  }

  /** Whether the document's page exists for this person; files have their own check. */
  static boolean visible(Actor actor, Document document) {
    return switch (document.status()) {
      case PUBLISHED -> true;
      case PENDING, RETURNED -> manages(actor, document);
      case WITHDRAWN -> actor.editor();
    };
  }

  static boolean mayDownload(Actor actor, Document document, Version version) {
    if (!visible(actor, document)) {
      return false;
    }
    if (manages(actor, document)) {
      return true;
    }
    return version.approved()
        && document.status() == DocumentStatus.PUBLISHED
        && document.accessLevel().readableBy(actor.viewer());
  }

  Document visibleDocument(long id, Actor actor) {
    return store.document(id).filter(d -> visible(actor, d)).orElseThrow(NotFoundException::new);
  }

  Document managedDocument(long id, Actor actor) {
    return store.document(id).filter(d -> manages(actor, d)).orElseThrow(NotFoundException::new);
  }

  // ---- writing ----

  @Transactional
  long create(DocumentMetadata meta, InspectedFile file, Actor actor, boolean publish) {
    boolean byEditor = actor.editor();
    if (!byEditor
        && !(actor.delegate()
            && meta.type() == DocumentType.CONTINGENCY_PLAN
            && actor.countryCode().equals(meta.countryCode()))) {
      throw new NotFoundException();
    }
    Instant now = clock.instant();
    DocumentStatus status = byEditor && publish ? DocumentStatus.PUBLISHED : DocumentStatus.PENDING;
    long id =
        store.insertDocument(
            meta.type(),
            meta.countryCode(),
            meta.port(),
            meta.hazards(),
            meta.language(),
            meta.year(),
            meta.accessLevel(),
            status,
            meta.lastReviewed(),
            actor.accountId(),
            now);
    store.replaceDescriptions(id, meta.descriptions());
    if (byEditor) {
      store.replaceRelated(id, meta.related());
    }
    long fileId = store.insertFile(file);
    store.insertVersion(id, fileId, file, true, meta.note(), actor.accountId(), actor.name(), now);
    store.setCurrentToNewestApproved(id);
    store.refreshSearch(id);
    if (status == DocumentStatus.PUBLISHED) {
      audit.statusChanged(AuditAction.DOCUMENT_PUBLISHED, id, null, status, actor);
      events.publishEvent(new LibraryDocumentChanged(id));
    }
    return id;
  }

  @Transactional
  void update(long id, long expectedVersion, DocumentMetadata meta, Actor actor) {
    Document document = managedDocument(id, actor);
    if (!actor.editor() && document.status() == DocumentStatus.PUBLISHED) {
      throw new NotAllowed();
    }
    String country = actor.editor() ? meta.countryCode() : document.countryCode();
    DocumentType type = actor.editor() ? meta.type() : document.type();
    boolean saved =
        store.updateMetadata(
            id,
            expectedVersion,
            type,
            country,
            meta.port(),
            meta.hazards(),
            meta.language(),
            meta.year(),
            meta.accessLevel(),
            meta.lastReviewed(),
            clock.instant());
    if (!saved) {
      throw new ConcurrentDocumentEdit();
    }
    store.replaceDescriptions(id, meta.descriptions());
    if (actor.editor()) {
      store.replaceRelated(id, meta.related());
    }
    store.refreshSearch(id);
    events.publishEvent(new LibraryDocumentChanged(id));
  }

  /**
   * A newer file for a document. An editor's version is current at once; a delegate's waits for an
   * editor, and the document keeps serving the last approved one meanwhile. A returned plan goes
   * back to the editors with it.
   */
  @Transactional
  void addVersion(long id, InspectedFile file, String note, Actor actor) {
    Document document = managedDocument(id, actor);
    if (document.status() == DocumentStatus.WITHDRAWN && !actor.editor()) {
      throw new NotAllowed();
    }
    Instant now = clock.instant();
    boolean approved = actor.editor() || document.status() != DocumentStatus.PUBLISHED;
    long fileId = store.insertFile(file);
    store.insertVersion(id, fileId, file, approved, note, actor.accountId(), actor.name(), now);
    if (approved) {
      store.setCurrentToNewestApproved(id);
      store.refreshSearch(id);
    }
    if (!actor.editor() && document.status() == DocumentStatus.RETURNED) {
      store.setStatus(id, DocumentStatus.PENDING, null, now);
    }
    events.publishEvent(new LibraryDocumentChanged(id));
  }

  /** The editor accepts a delegate's plan, or the new version of one. */
  @Transactional
  void approve(long id, Actor actor) {
    Document document = editorsDocument(id, actor);
    store.approveVersionsAndSetCurrent(id);
    if (document.status() != DocumentStatus.PUBLISHED) {
      store.setStatus(id, DocumentStatus.PUBLISHED, null, clock.instant());
    }
    audit.statusChanged(
        AuditAction.PLAN_APPROVED, id, document.status(), DocumentStatus.PUBLISHED, actor);
    store.refreshSearch(id);
    events.publishEvent(new LibraryDocumentChanged(id));
  }

  /**
   * The editor sends a plan back with a note. A waiting version of a published plan is dropped; a
   * plan never published goes back to its delegate as returned.
   */
  @Transactional
  void returnToDelegate(long id, String note, Actor actor) {
    Document document = editorsDocument(id, actor);
    if (document.status() == DocumentStatus.PUBLISHED) {
      store.deleteUnapprovedVersions(id);
      store.setStatus(id, DocumentStatus.PUBLISHED, note, clock.instant());
    } else {
      store.setStatus(id, DocumentStatus.RETURNED, note, clock.instant());
    }
    audit.statusChanged(
        AuditAction.PLAN_RETURNED,
        id,
        document.status(),
        document.status() == DocumentStatus.PUBLISHED
            ? DocumentStatus.PUBLISHED
            : DocumentStatus.RETURNED,
        note,
        actor);
  }

  @Transactional
  void withdraw(long id, Actor actor) {
    Document document = editorsDocument(id, actor);
    store.setStatus(id, DocumentStatus.WITHDRAWN, null, clock.instant());
    audit.statusChanged(
        AuditAction.DOCUMENT_WITHDRAWN, id, document.status(), DocumentStatus.WITHDRAWN, actor);
    events.publishEvent(new LibraryDocumentChanged(id));
  }

  @Transactional
  void republish(long id, Actor actor) {
    Document document = editorsDocument(id, actor);
    if (document.currentVersionId() == null) {
      store.approveVersionsAndSetCurrent(id);
    }
    store.setStatus(id, DocumentStatus.PUBLISHED, null, clock.instant());
    audit.statusChanged(
        AuditAction.DOCUMENT_PUBLISHED, id, document.status(), DocumentStatus.PUBLISHED, actor);
    store.refreshSearch(id);
    events.publishEvent(new LibraryDocumentChanged(id));
  }

  @Transactional
  void markReviewed(long id, Actor actor) {
    Document document = managedDocument(id, actor);
    if (!document.type().isPlan()) {
      throw new NotAllowed();
    }
    store.markReviewed(id, today(), clock.instant());
    events.publishEvent(new LibraryDocumentChanged(id));
  }

  /** Restricted downloads go into the audit log, who and when; public ones do not. */
  @Transactional
  void recordDownload(Document document, Version version, Actor actor) {
    if (document.accessLevel() != AccessLevel.PUBLIC && actor.accountId() != null) {
      audit.downloaded(document, version, actor);
    }
  }

  private Document editorsDocument(long id, Actor actor) {
    if (!actor.editor()) {
      throw new NotFoundException();
    }
    return store.document(id).orElseThrow(NotFoundException::new);
  }

  List<LibraryRecords.Listed> countryPlans(String country, String lang) {
    return store.forEditors(null, DocumentType.CONTINGENCY_PLAN, false, country, lang, 500);
  }

  /** An action the rules do not allow in the document's state. */
  static class NotAllowed extends RuntimeException {}

  /** Someone saved the document since the form was loaded. */
  static class ConcurrentDocumentEdit extends RuntimeException {}
}
