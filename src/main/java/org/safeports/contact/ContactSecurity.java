package org.safeports.contact;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ContactSecurity {

  @Bean
  RouteRules contactRoutes() {
    return http ->
        http.authorizeHttpRequests(
            routes ->
                routes
                    .requestMatchers(GET, "/contact", "/contact/sent")
                    .permitAll()
                    .requestMatchers(POST, "/contact")
                    .permitAll()
                    .requestMatchers("/admin/contact", "/admin/contact/**")
                    .hasRole("EDITOR"));
  }
}
