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
                    // A country's address (an unknown one answers 404), but not the delegates'
                    // PFSO pages, which share the first segment and have a rule of their own.
                    .requestMatchers(
                        RegexRequestMatcher.regexMatcher(
                            GET, "/members/(?!pfsos(\\.csv)?(\\?|$))[^/?]+(\\?.*)?"))
                    .permitAll()
                    .requestMatchers("/admin/members/states", "/admin/members/states/*")
                    .hasRole("ADMIN"));
  }
}
