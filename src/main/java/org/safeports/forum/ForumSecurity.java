package org.safeports.forum;

import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
              // --- moderation part ---
              // --- mail part ---
              // --- search, feeds and Port Voices part ---
              // Open to all: what a reader may not read is not found, by the audience rule.
              routes
                  .requestMatchers(
                      org.springframework.http.HttpMethod.GET,
                      "/forum/search",
                      "/feeds/forum.atom",
                      "/forum/c/*/feed.atom",
                      "/forum/t/*/feed.atom",
                      "/forum/voices/*")
                  .permitAll();
            });
  }
}
