package org.safeports.admin;

import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class AdminSecurity {

  /** Before identity's rule for every "/account" page, as the participation page is delegates'. */
  @Bean
  @Order(0)
  RouteRules adminRoutes() {
    return http ->
        http.authorizeHttpRequests(
            routes ->
                routes
                    .requestMatchers(
                        "/admin",
                        "/admin/queue/claim",
                        "/admin/queue/leave",
                        "/admin/participation",
                        "/admin/participation.csv")
                    .hasRole("EDITOR")
                    .requestMatchers("/account/participation", "/account/participation/mail")
                    .hasRole("DELEGATE"));
  }
}
