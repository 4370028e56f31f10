package org.safeports.surveys;

import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may open the surveys' routes at all. Whether a person may answer a given survey, or read its
 * results, is the survey's audience and rules to decide, in the services.
 */
@Configuration(proxyBeanMethods = false)
class SurveysSecurity {

  @Bean
  RouteRules surveysRoutes() {
    return http ->
        http.authorizeHttpRequests(
            routes -> {
              // --- building and answering part ---
              // --- results, invitations and participation part ---
            });
  }
}
