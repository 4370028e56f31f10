package org.safeports.surveys;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyVersionRepository extends JpaRepository<SurveyVersion, Long> {

  /** The newest version: the draft being edited when it is not frozen. */
  Optional<SurveyVersion> findFirstBySurveyIdOrderByNumberDesc(long surveyId);
}
