package org.safeports.notifications;

import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class NotificationsSecurity {

  /**
   * The mail log is the admin's; the choice of mail about waiting work is every editor's, the page
   * also a delegate's, for the monthly summary (declared here, before identity's rule for the rest
   * of /account, which any user may open).
   */
  @Bean
  @Order(0)
  RouteRules notificationsRoutes() {
    return http ->
        http.authorizeHttpRequests(
            routes ->
                routes
                    .requestMatchers("/admin/mail", "/admin/mail/**")
                    .hasRole("ADMIN")
                    .requestMatchers(HttpMethod.POST, NotificationSettingsController.PATH)
                    .hasRole("EDITOR")
                    .requestMatchers(
                        NotificationSettingsController.PATH,
                        NotificationSettingsController.SUMMARY_PATH)
                    .hasRole("DELEGATE"));
  }
}
