package org.safeports.platform.audit;

import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditSecurity {

  /** The audit log is the administrators' alone: editors' own actions are in it. */
  @Bean
  RouteRules auditRoutes() {
    return http ->
        http.authorizeHttpRequests(
            routes -> routes.requestMatchers("/admin/audit", "/admin/audit/**").hasRole("ADMIN"));
  }
}
