package org.safeports.membership;

import static org.springframework.http.HttpMethod.GET;

import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;

/** The member states' pages are public; their admin screen is for admins only. */
@Configuration(proxyBeanMethods = false)
class MemberStatesSecurity {

  @Bean
  RouteRules memberStateRoutes() {
    return http ->
        http.authorizeHttpRequests(
            routes ->
                routes
                    .requestMatchers(GET, "/members")
                    .permitAll()
                    // Only a two-letter code: /members/associates, /members/pfsos and the rest
                    // have rules of their own, which must not be opened by this one.
                    .requestMatchers(
                        RegexRequestMatcher.regexMatcher(GET, "/members/[A-Za-z]{2}(\\?.*)?"))
                    .permitAll()
                    .requestMatchers("/admin/members/states", "/admin/members/states/*")
                    .hasRole("ADMIN"));
  }
}
