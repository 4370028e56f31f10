package org.safeports.surveys;

import static org.springframework.http.HttpMethod.GET;

import org.safeports.platform.security.PortalRole;
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
              // Building and answering.
              routes.requestMatchers("/admin/surveys", "/admin/surveys/**").hasRole("EDITOR");
              routes.requestMatchers(GET, "/surveys").hasRole("USER");
              // A survey's page answers to its audience, or to a public link's holder: the
              // answering service decides (a visitor is sent to sign in for a members' survey).
              // A file given as an answer is served to its respondents and editors only, anyone
              // else told it is not found.
              routes
                  .requestMatchers(
                      "/surveys/*",
                      "/surveys/*/start",
                      "/surveys/*/copy",
                      "/surveys/*/copy.pdf",
                      "/surveys/*/files/*")
                  .permitAll();
              // Results, invitations and participation.
              // Results, exports, participation and invitations are the secretariat's only.
              routes
                  .requestMatchers(
                      "/admin/surveys/participation",
                      "/admin/surveys/*/results",
                      "/admin/surveys/*/results.csv",
                      "/admin/surveys/*/results.xlsx",
                      "/admin/surveys/*/participation",
                      "/admin/surveys/*/invitations",
                      "/admin/surveys/*/brief",
                      "/admin/surveys/*/brief/translations/*")
                  .hasRole(PortalRole.EDITOR.name())
                  // A published brief: the service lets members in, or everyone when public.
                  .requestMatchers(GET, "/surveys/*/brief")
                  .permitAll();
            });
  }
}
