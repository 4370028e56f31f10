package org.safeports.library;

import java.util.List;
import java.util.Optional;
import org.safeports.library.LibraryRecords.Version;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Versions as lists show them, without their extracted text. */
interface LibraryVersionRepository extends JpaRepository<LibraryVersion, Long> {

  @Query(
      """
      select new org.safeports.library.LibraryRecords$Version(v.id, v.documentId, v.number,
          v.fileId, v.fileName, v.format, v.mediaType, v.size, v.pages, v.approved, v.note,
          v.uploadedByName, v.uploadedAt)
      from LibraryVersion v where v.documentId = :documentId order by v.number desc
      """)
  List<Version> listed(long documentId);

  @Query("select coalesce(max(v.number), 0) + 1 from LibraryVersion v where v.documentId = :id")
  int nextNumber(long id);

  @Query(
      "select v.id from LibraryVersion v where v.documentId = :id and v.approved"
          + " order by v.number desc limit 1")
  Optional<Long> newestApproved(long id);

  @Modifying
  @Query(
      "update LibraryVersion v set v.approved = true where v.documentId = :id and not v.approved")
  void approveWaiting(long id);

  @Query("select v.fileId from LibraryVersion v where v.documentId = :id and not v.approved")
  List<Long> waitingFiles(long id);

  @Modifying
  @Query("delete from LibraryVersion v where v.documentId = :id and not v.approved")
  void deleteWaiting(long id);
}
