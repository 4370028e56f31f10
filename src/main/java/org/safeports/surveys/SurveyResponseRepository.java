package org.safeports.surveys;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

  Optional<SurveyResponse> findBySurveyIdAndCountryCode(long surveyId, String countryCode);

  Optional<SurveyResponse> findBySurveyIdAndAccountIdAndCountryCodeIsNull(
      long surveyId, long accountId);

  Optional<SurveyResponse> findByTokenHash(String tokenHash);

  List<SurveyResponse> findBySurveyIdIn(Collection<Long> surveyIds);

  List<SurveyResponse> findBySurveyIdOrderByUpdatedAtDesc(long surveyId);

  long countBySurveyId(long surveyId);
}
