package org.safeports.surveys;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyRepository extends JpaRepository<Survey, Long> {

  Optional<Survey> findBySlug(String slug);

  boolean existsBySlug(String slug);

  /** Every survey with its texts, in one statement however many there are. */
  @EntityGraph(attributePaths = "texts")
  List<Survey> findAllByOrderByCreatedAtDesc();

  List<Survey> findByStatusOrderByClosesAtAsc(SurveyStatus status);
}
