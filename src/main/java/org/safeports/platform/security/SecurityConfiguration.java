package org.safeports.platform.security;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The baseline: CSRF on every form (Spring Security's default, left on), a strict
 * Content-Security-Policy with no inline script, no framing, no MIME sniffing, a referrer policy,
 * and deny-by-default: a route is reachable only when its module's {@link RouteRules} says so (an
 * address with no route at all gets its 404 page).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
          + "form-action 'self'; frame-ancestors 'none'";

  @Bean
  SecurityFilterChain portalSecurity(
      HttpSecurity http, List<RouteRules> modules, UnlistedRoutes unlistedRoutes) throws Exception {
    http.headers(
        headers ->
            headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(
                    referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    http.authorizeHttpRequests(
        routes ->
            routes
                .requestMatchers("/assets/**", "/favicon.ico", "/robots.txt")
                .permitAll()
                .requestMatchers("/error", "/actuator/health", "/actuator/health/**")
                .permitAll());
    for (RouteRules module : modules) {
      module.declare(http);
    }
    http.authorizeHttpRequests(routes -> routes.anyRequest().access(unlistedRoutes));
    return http.build();
  }

  /** An admin can do what an editor can, and so on down to a registered user. */
  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.fromHierarchy(
        """
        ROLE_ADMIN > ROLE_EDITOR
        ROLE_EDITOR > ROLE_DELEGATE
        ROLE_EDITOR > ROLE_PFSO
        ROLE_DELEGATE > ROLE_ASSOCIATE
        ROLE_ASSOCIATE > ROLE_USER
        ROLE_PFSO > ROLE_USER
        """);
  }
}
