package org.safeports.content;

import static org.springframework.http.HttpMethod.GET;

import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ContentSecurity {

  @Bean
  RouteRules contentRoutes() {
    return http ->
        http.authorizeHttpRequests(
            routes ->
                routes
                    .requestMatchers(
                        GET,
                        "/",
                        "/news",
                        "/news/*",
                        "/pages/*",
                        "/media/*/*",
                        "/feeds",
                        "/media/*/*/*",
                        "/feeds/*",
                        "/privacy",
                        "/accessibility",
                        "/associate-terms")
                    .permitAll()
                    .requestMatchers("/admin/content", "/admin/content/**")
                    .hasRole("EDITOR"));
  }
}
