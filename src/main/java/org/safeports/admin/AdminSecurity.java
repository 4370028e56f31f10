package org.safeports.admin;

import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AdminSecurity {

  @Bean
  RouteRules adminRoutes() {
    return http ->
        http.authorizeHttpRequests(
            routes ->
                routes
                    .requestMatchers("/admin", "/admin/queue/claim", "/admin/queue/leave")
                    .hasRole("EDITOR"));
  }
}
