package org.safeports.content;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContentItemRepository extends JpaRepository<ContentItem, Long> {

  long count();

  @Query(
      "select count(i) from ContentItem i where i.nextReviewOn < :today and i.status <> 'ARCHIVED'")
  long countReviewOverdue(LocalDate today);
}
