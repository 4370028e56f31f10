package org.safeports.library;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LibraryDocumentRepository extends JpaRepository<LibraryDocument, Long> {

  /** Which of these documents exist, for a list of related documents typed by an editor. */
  @Query("select d.id from LibraryDocument d where d.id in :ids")
  List<Long> existing(Collection<Long> ids);
}
