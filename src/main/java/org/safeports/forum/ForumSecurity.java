package org.safeports.forum;

import static org.springframework.http.HttpMethod.GET;

import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

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
              // Topics and posts: reading, replying, editing, files.
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
              // The lists and starting a topic.
              routes
                  .requestMatchers("/forum/c/*/new", "/forum/unread", "/forum/unread/**")
                  .hasRole("USER")
                  .requestMatchers(
                      HttpMethod.GET, "/forum", "/forum/c/*", "/forum/latest", "/forum/u/*")
                  .permitAll();
              // Flags and moderation.
              routes.requestMatchers("/forum/p/*/flag").hasRole("USER");
              routes.requestMatchers("/admin/forum/settings").hasRole("ADMIN");
              routes.requestMatchers("/admin/forum", "/admin/forum/**").hasRole("EDITOR");
              // Watching and mail.
              routes
                  .requestMatchers(HttpMethod.POST, "/forum/t/*/watch", "/forum/c/*/watch")
                  .hasRole("USER")
                  .requestMatchers("/forum/unsubscribe/*")
                  .permitAll();
              // Search, feeds and the Port Voices discussions.
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

  /**
   * The one POST that needs no CSRF token: a mail program's one-click unsubscribe (RFC 8058) comes
   * without the reader's session, and the secret in the address is what authorises it.
   */
  @Bean
  RouteRules forumOneClickUnsubscribe() {
    return http ->
        http.csrf(
            csrf ->
                csrf.ignoringRequestMatchers(
                    PathPatternRequestMatcher.withDefaults()
                        .matcher(HttpMethod.POST, "/forum/unsubscribe/*")));
  }
}
