package org.safeports.forum;

import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may open the forum's routes at all. Reading routes are open: whether a reader may see a
 * category, topic, post or file is the audience rule's to decide, in the services, and what they
 * may not read is not found. Writing needs a registered user; moderation needs an editor.
 */
@Configuration(proxyBeanMethods = false)
class ForumSecurity {

  @Bean
  RouteRules forumRoutes() {
    return http ->
        http.authorizeHttpRequests(
            routes -> {
              // --- topic part ---
              // --- lists part ---
              routes
                  .requestMatchers("/forum/c/*/new", "/forum/unread", "/forum/unread/**")
                  .hasRole("USER")
                  .requestMatchers(
                      HttpMethod.GET, "/forum", "/forum/c/*", "/forum/latest", "/forum/u/*")
                  .permitAll();
              // --- moderation part ---
              // --- mail part ---
              // --- search, feeds and Port Voices part ---
            });
  }
}
