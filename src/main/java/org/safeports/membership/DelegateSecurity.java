package org.safeports.membership;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.safeports.platform.security.PortalRole;
import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Editors read the delegates screen and its CSV; only admins appoint, invite, cancel and remove.
 * Anyone may read a country's history and open an invitation link (the token is the key).
 */
@Configuration(proxyBeanMethods = false)
class DelegateSecurity {

  @Bean
  RouteRules delegateRoutes() {
    return http ->
        http.authorizeHttpRequests(
            routes ->
                routes
                    .requestMatchers(
                        GET, "/admin/members/delegates", "/admin/members/delegates.csv")
                    .hasRole(PortalRole.EDITOR.name())
                    .requestMatchers(POST, "/admin/members/delegates")
                    .hasRole(PortalRole.ADMIN.name())
                    .requestMatchers("/admin/members/delegates/**")
                    .hasRole(PortalRole.ADMIN.name())
                    .requestMatchers(GET, "/members/*/history")
                    .permitAll()
                    .requestMatchers(GET, "/members/invitations/*")
                    .permitAll()
                    .requestMatchers(POST, "/members/invitations/*")
                    .permitAll());
  }
}
