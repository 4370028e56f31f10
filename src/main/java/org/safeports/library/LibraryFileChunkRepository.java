package org.safeports.library;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LibraryFileChunkRepository extends JpaRepository<LibraryFileChunk, LibraryFileChunk.Key> {

  @Query("select c.data from LibraryFileChunk c where c.fileId = :fileId and c.seq = :seq")
  byte[] data(long fileId, int seq);
}
