package org.safeports.library;

import static org.springframework.http.HttpMethod.GET;

import org.safeports.platform.security.PortalRole;
import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LibrarySecurity {

  @Bean
  RouteRules libraryRoutes() {
    return http ->
        http.authorizeHttpRequests(
            routes ->
                routes
                    .requestMatchers("/library/country", "/library/country/**")
                    .hasRole(PortalRole.DELEGATE.name())
                    // Pages and files check the document's level themselves (LibraryService).
                    .requestMatchers(
                        GET,
                        "/library",
                        "/library/*",
                        "/library/*/download",
                        "/library/*/versions/*/download")
                    .permitAll()
                    .requestMatchers("/admin/library", "/admin/library/**")
                    .hasRole(PortalRole.EDITOR.name()));
  }
}
