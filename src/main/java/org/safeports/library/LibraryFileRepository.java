package org.safeports.library;

import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LibraryFileRepository extends JpaRepository<LibraryFile, Long> {

  /** Drops these files where no version refers to them any more (their chunks go with them). */
  @Modifying
  @Query(
      "delete from LibraryFile f where f.id in :ids"
          + " and not exists (select 1 from LibraryVersion v where v.fileId = f.id)")
  void deleteUnused(Collection<Long> ids);
}
