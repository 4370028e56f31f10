package org.safeports.library;

import java.io.OutputStream;
import java.util.List;
import org.safeports.library.LibraryRecords.Description;
import org.safeports.library.LibraryRecords.Document;
import org.safeports.library.LibraryRecords.Download;
import org.safeports.library.LibraryRecords.Listed;
import org.safeports.library.LibraryRecords.Version;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.security.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the library's pages read, each page in one read-only transaction and a fixed number of
 * statements, whatever the size of the library.
 */
@Service
@Transactional(readOnly = true)
class LibraryReading {

  private final LibraryDocumentRepository documents;
  private final LibraryVersionRepository versions;
  private final LibrarySearch search;
  private final LibraryListings listings;
  private final LibraryFiles files;

  LibraryReading(
      LibraryDocumentRepository documents,
      LibraryVersionRepository versions,
      LibrarySearch search,
      LibraryListings listings,
      LibraryFiles files) {
    this.documents = documents;
    this.versions = versions;
    this.search = search;
    this.listings = listings;
    this.files = files;
  }

  /** A document's public page: what the reader may see of it. */
  record Page(
      Document document,
      List<Description> descriptions,
      List<Version> versions,
      List<Listed> related,
      boolean manages) {}

  /** A document on its editing page. */
  record Editing(
      Document document,
      List<Description> descriptions,
      List<Long> related,
      List<Version> versions) {

    String title() {
      return descriptions.stream()
          .filter(d -> d.language().equals(document.language()))
          .map(Description::title)
          .findFirst()
          .orElse(null);
    }
  }

  /** The file a reader asked for, after the checks. */
  record FileToServe(Document document, Version version) {}

  LibrarySearch.Listing published(LibraryFilter filter, Viewer viewer, String lang) {
    return search.published(filter, AccessLevel.readable(viewer), lang);
  }

  Page page(long id, Actor actor, String lang) {
    LibraryDocument entity = visible(id, actor);
    Document document = entity.view();
    boolean manages = DocumentAccess.manages(actor, document);
    return new Page(
        document,
        entity.descriptions(),
        readableVersions(document, manages),
        listings.related(id, lang),
        manages);
  }

  Editing editing(long id, Actor actor) {
    LibraryDocument entity =
        documents
            .findById(id)
            .filter(d -> DocumentAccess.manages(actor, d.view()))
            .orElseThrow(NotFoundException::new);
    return new Editing(
        entity.view(), entity.descriptions(), entity.relatedIds(), versions.listed(id));
  }

  /**
   * The current file, or a version by its number, if the reader may download it. A visitor is sent
   * to sign in and back; a member below the level gets the 403 page.
   */
  FileToServe file(long id, Integer number, Actor actor) {
    Document document = visible(id, actor).view();
    Version version =
        readableVersions(document, DocumentAccess.manages(actor, document)).stream()
            .filter(
                v ->
                    number == null
                        ? document.currentVersionId() != null
                            && v.id() == document.currentVersionId()
                        : v.number() == number)
            .findFirst()
            .orElseThrow(NotFoundException::new);
    if (!DocumentAccess.mayDownload(actor, document, version)) {
      throw new AccessDeniedException("restricted document");
    }
    return new FileToServe(document, version);
  }

  /** Streams the bytes outside a transaction: each chunk is its own short read. */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NEVER)
  void write(Version version, OutputStream out) {
    files.write(version.fileId(), out);
  }

  List<Listed> forEditors(DocumentStatus status, boolean overdueOnly, String country, String lang) {
    return listings.forEditors(status, null, overdueOnly, country, lang, 300);
  }

  List<Listed> countryPlans(String country, String lang) {
    return listings.forEditors(null, DocumentType.CONTINGENCY_PLAN, false, country, lang, 500);
  }

  long awaitingReview() {
    return listings.awaitingReview();
  }

  List<Download> downloads(Long documentId) {
    return listings.downloads(documentId, 500);
  }

  long documentCount() {
    return documents.count();
  }

  private LibraryDocument visible(long id, Actor actor) {
    return documents
        .findById(id)
        .filter(d -> DocumentAccess.visible(actor, d.view()))
        .orElseThrow(NotFoundException::new);
  }

  private List<Version> readableVersions(Document document, boolean manages) {
    return versions.listed(document.id()).stream().filter(v -> v.approved() || manages).toList();
  }
}
