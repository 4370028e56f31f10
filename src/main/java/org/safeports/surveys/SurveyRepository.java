package org.safeports.surveys;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyRepository extends JpaRepository<Survey, Long> {

  Optional<Survey> findBySlug(String slug);

  boolean existsBySlug(String slug);

  List<Survey> findAllByOrderByCreatedAtDesc();

  List<Survey> findByStatusOrderByClosesAtAsc(SurveyStatus status);
}
