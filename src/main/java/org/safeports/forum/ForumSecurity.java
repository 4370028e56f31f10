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
              routes.requestMatchers("/forum/p/*/flag").hasRole("USER");
              routes.requestMatchers("/admin/forum/settings").hasRole("ADMIN");
              routes.requestMatchers("/admin/forum", "/admin/forum/**").hasRole("EDITOR");
              // --- mail part ---
              // --- search, feeds and Port Voices part ---
            });
  }
}
