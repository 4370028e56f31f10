package org.safeports.platform.security;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The baseline: CSRF on every form (Spring Security's default, left on), a strict
 * Content-Security-Policy with no inline script, no framing, no MIME sniffing, a referrer policy, a
 * permissions policy, and deny-by-default: a route is reachable only when its module's {@link
 * RouteRules} says so (an address with no route at all gets its 404 page).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
          + "form-action 'self'; frame-ancestors 'none'";

  /**
   * The browser features no page of the portal uses, turned off for the portal and anything it
   * might ever embed.
   */
  static final String PERMISSIONS_POLICY =
      "accelerometer=(), autoplay=(), bluetooth=(), camera=(), display-capture=(), "
          + "geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), "
          + "payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), "
          + "xr-spatial-tracking=(), browsing-topics=()";

  @Bean
  SecurityFilterChain portalSecurity(
      HttpSecurity http, List<RouteRules> modules, UnlistedRoutes unlistedRoutes) throws Exception {
    http.headers(
        headers ->
            headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(
                    referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(policy -> policy.policy(PERMISSIONS_POLICY)));
    ReadOnlyMethods readOnlyMethods = new ReadOnlyMethods();
    http.authorizeHttpRequests(
        routes ->
            routes
                .requestMatchers(ReadOnlyMethods.HEAD_OR_OPTIONS)
                .access(readOnlyMethods)
                .requestMatchers(
                    "/assets/**", "/favicon.ico", "/robots.txt", "/sitemap.xml", "/sitemaps/*")
                .permitAll()
                .requestMatchers("/error", "/actuator/health", "/actuator/health/**")
                .permitAll());
    for (RouteRules module : modules) {
      module.declare(http);
    }
    http.authorizeHttpRequests(routes -> routes.anyRequest().access(unlistedRoutes));
    DefaultSecurityFilterChain chain = http.build();
    readOnlyMethods.decideWith(
        chain.getFilters().stream()
            .filter(AuthorizationFilter.class::isInstance)
            .map(filter -> ((AuthorizationFilter) filter).getAuthorizationManager())
            .findFirst()
            .orElseThrow());
    return chain;
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
