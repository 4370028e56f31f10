package org.safeports.library;

import org.safeports.library.LibraryRecords.Document;
import org.safeports.library.LibraryRecords.Version;

/** Who may see a document, look after it and download its files. */
final class DocumentAccess {

  private DocumentAccess() {}

  /** A delegate looks after the contingency plans of their own country. */
  static boolean manages(Actor actor, Document document) {
    return mayAdd(actor, document.type(), document.countryCode());
  }

  /** Whether the person may add a document of this type and country. */
  static boolean mayAdd(Actor actor, DocumentType type, String countryCode) {
    if (actor.editor()) {
      return true;
    }
    return actor.delegate()
        && type == DocumentType.CONTINGENCY_PLAN
        && actor.countryCode().equals(countryCode);
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
}
