package org.safeports.notifications;

import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationsSecurity {

  @Bean
  RouteRules notificationsRoutes() {
    return http ->
        http.authorizeHttpRequests(
            routes -> routes.requestMatchers("/admin/mail", "/admin/mail/**").hasRole("ADMIN"));
  }
}
