package org.safeports.surveys;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

  Optional<SurveyResponse> findBySurveyIdAndCountryCode(long surveyId, String countryCode);

  Optional<SurveyResponse> findBySurveyIdAndAccountIdAndCountryCodeIsNull(
      long surveyId, long accountId);

  Optional<SurveyResponse> findByTokenHash(String tokenHash);

  List<SurveyResponse> findBySurveyIdIn(Collection<Long> surveyIds);

  List<SurveyResponse> findBySurveyIdOrderByUpdatedAtDesc(long surveyId);

  long countBySurveyId(long surveyId);

  /** How many responses each survey has: survey id and count. */
  @Query("select r.surveyId, count(r) from SurveyResponse r group by r.surveyId")
  List<Object[]> countPerSurvey();

  /** A person's own responses (not a state's), to every survey. */
  List<SurveyResponse> findByAccountIdAndCountryCodeIsNull(long accountId);

  /** A member state's responses, to every survey. */
  List<SurveyResponse> findByCountryCode(String countryCode);
}
