package org.safeports.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.safeports.platform.files.FileFormat;
import org.safeports.platform.files.InspectedFile;

/**
 * One upload of a document's file. Its extracted text is written here and read only by the search
 * function: the version lists read the other columns (see {@link LibraryVersionRepository}).
 */
@Entity
@Table(name = "library_version")
class LibraryVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "document_id", nullable = false)
  private long documentId;

  @Column(nullable = false)
  private int number;

  @Column(name = "file_id", nullable = false)
  private long fileId;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FileFormat format;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  private Integer pages;

  @Column(name = "extracted_text", nullable = false)
  private String extractedText;

  @Column(nullable = false)
  private boolean approved;

  private String note;

  @Column(name = "uploaded_by")
  private Long uploadedBy;

  @Column(name = "uploaded_by_name", nullable = false)
  private String uploadedByName;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected LibraryVersion() {}

  LibraryVersion(
      long documentId,
      int number,
      long fileId,
      InspectedFile file,
      boolean approved,
      String note,
      Actor by,
      Instant now) {
    this.documentId = documentId;
    this.number = number;
    this.fileId = fileId;
    this.fileName = file.fileName();
    this.format = file.format();
    this.mediaType = file.format().mediaType();
    this.size = file.size();
    this.pages = file.pages();
    // PostgreSQL text cannot hold a NUL character.
    this.extractedText = file.text().replace("\u0000", "");
    this.approved = approved;
    this.note = note;
    this.uploadedBy = by.accountId();
    this.uploadedByName = by.name();
    this.uploadedAt = now;
  }
}
