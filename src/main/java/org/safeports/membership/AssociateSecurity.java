package org.safeports.membership;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Applying, confirming and answering are open to everyone (the links carry the secret); naming a
 * further contact is for associate members (the service checks they are an organisation's contact);
 * the queue is the secretariat's.
 */
@Configuration(proxyBeanMethods = false)
class AssociateSecurity {

  @Bean
  RouteRules associateRoutes() {
    return http ->
        http.authorizeHttpRequests(
            routes ->
                routes
                    .requestMatchers(GET, "/members/associates/contacts/new")
                    .hasRole("ASSOCIATE")
                    .requestMatchers(POST, "/members/associates/contacts/new")
                    .hasRole("ASSOCIATE")
                    .requestMatchers(
                        GET,
                        "/members/associates",
                        "/members/associates/apply",
                        "/members/associates/apply/sent",
                        "/members/associates/confirm/*",
                        "/members/associates/applications/*")
                    .permitAll()
                    .requestMatchers(
                        POST,
                        "/members/associates/apply",
                        "/members/associates/confirm/*",
                        "/members/associates/applications/*")
                    .permitAll()
                    .requestMatchers(
                        "/admin/members/applications", "/admin/members/applications/**")
                    .hasRole("EDITOR"));
  }
}
