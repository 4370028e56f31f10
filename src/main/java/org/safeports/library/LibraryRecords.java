package org.safeports.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.safeports.platform.files.FileFormat;

/** The library's rows, as the store reads them. */
final class LibraryRecords {

  private LibraryRecords() {}

  record Document(
      long id,
      DocumentType type,
      String countryCode,
      String port,
      List<Hazard> hazards,
      String language,
      int year,
      AccessLevel accessLevel,
      DocumentStatus status,
      String reviewNote,
      LocalDate lastReviewed,
      Long currentVersionId,
      Long submittedBy,
      Instant createdAt,
      Instant updatedAt,
      Instant publishedAt,
      long version) {

    /** A plan not reviewed in the last year (or never) is flagged. */
    public boolean reviewOverdue(LocalDate today) {
      return type.reviewOverdue(lastReviewed, today);
    }
  }

  record Description(String language, String title, String description) {}

  record Version(
      long id,
      long documentId,
      int number,
      long fileId,
      String fileName,
      FileFormat format,
      String mediaType,
      long size,
      Integer pages,
      boolean approved,
      String note,
      String uploadedByName,
      Instant uploadedAt) {}

  /** One line of a listing: the title in the reader's language where there is one. */
  record Listed(
      long id,
      String title,
      String titleLanguage,
      DocumentType type,
      String countryCode,
      String port,
      List<Hazard> hazards,
      String language,
      int year,
      AccessLevel accessLevel,
      DocumentStatus status,
      LocalDate lastReviewed,
      Instant publishedAt,
      FileFormat format,
      long size,
      boolean hasPendingVersion) {}

  record Download(
      long documentId,
      String title,
      int versionNumber,
      String accountEmail,
      String accountName,
      AccessLevel accessLevel,
      Instant downloadedAt) {}
}
