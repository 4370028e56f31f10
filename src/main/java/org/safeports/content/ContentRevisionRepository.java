package org.safeports.content;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContentRevisionRepository extends JpaRepository<ContentRevision, Long> {

  List<ContentRevision> findByItemIdAndLanguageOrderByNumberDesc(Long itemId, String language);

  Optional<ContentRevision> findByItemIdAndLanguageAndNumber(
      Long itemId, String language, int number);

  @Query(
      "select coalesce(max(r.number), 0) from ContentRevision r where r.itemId = :itemId and r.language = :language")
  int lastNumber(Long itemId, String language);
}
