package org.safeports.forum;

import static org.springframework.http.HttpMethod.GET;

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
              // Writing first: the reading patterns below would also match the reply form.
              routes
                  .requestMatchers(
                      "/forum/t/*/reply", "/forum/preview", "/forum/p/*/edit", "/forum/p/*/delete")
                  .hasRole("USER")
                  .requestMatchers(
                      GET,
                      "/forum/t/*",
                      "/forum/t/*/*",
                      "/forum/p/*",
                      "/forum/p/*/history",
                      "/forum/attachments/*/*")
                  .permitAll();
              // --- lists part ---
              // --- moderation part ---
              // --- mail part ---
              // --- search, feeds and Port Voices part ---
            });
  }
}
