package org.safeports.membership;

import static org.springframework.http.HttpMethod.GET;

import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The member states' pages are public; their admin screen is for admins only. */
@Configuration(proxyBeanMethods = false)
class MemberStatesSecurity {

  @Bean
  RouteRules memberStateRoutes() {
    return http ->
        http.authorizeHttpRequests(
            routes ->
                routes
                    .requestMatchers(GET, "/members", "/members/{code}")
                    .permitAll()
                    .requestMatchers("/admin/members/states", "/admin/members/states/*")
                    .hasRole("ADMIN"));
  }
}
