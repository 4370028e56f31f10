package org.safeports.search;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may open the search's routes. Searching is open to everyone: what a reader finds is decided
 * in the SQL by the documents' access keys, never by the route. The index's screen and its rebuild
 * are the administrator's.
 */
@Configuration(proxyBeanMethods = false)
class SearchSecurity {

  @Bean
  RouteRules searchRoutes() {
    return http ->
        http.authorizeHttpRequests(
            routes -> {
              routes.requestMatchers(GET, "/search", "/search/suggest").permitAll();
              routes.requestMatchers(GET, "/admin/search").hasRole("ADMIN");
              routes.requestMatchers(POST, "/admin/search/rebuild").hasRole("ADMIN");
            });
  }
}
