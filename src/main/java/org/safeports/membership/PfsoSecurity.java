package org.safeports.membership;

import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reaches the PFSO screens: every signed-in person their own request; delegates (and the
 * secretariat above them) the deciding screens, where {@link PfsoService} narrows a delegate to
 * their own country; the secretariat its page of all countries.
 */
@Configuration(proxyBeanMethods = false)
class PfsoSecurity {

  @Bean
  RouteRules pfsoRoutes() {
    return http ->
        http.authorizeHttpRequests(
            routes ->
                routes
                    .requestMatchers("/account/pfso")
                    .hasRole("USER")
                    .requestMatchers("/members/pfsos", "/members/pfsos.csv", "/members/pfsos/**")
                    .hasRole("DELEGATE")
                    .requestMatchers("/admin/members/pfsos", "/admin/members/pfsos.csv")
                    .hasRole("EDITOR"));
  }
}
