package org.safeports.identity;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/** Sign-in, sign-out and who may reach identity's pages. */
@Configuration(proxyBeanMethods = false)
class IdentitySecurity {

  /**
   * Argon2id: slow and memory-hard, and takes passwords of any length (bcrypt stops at 72 bytes).
   */
  @Bean
  PasswordEncoder passwordEncoder() {
    return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
  }

  /**
   * The one way to authenticate. Declared as the application's manager so that Spring Security
   * builds no second one from the user details service behind it: a fallback provider would sign in
   * a throttled or unverified account that ours had refused.
   */
  @Bean
  AuthenticationManager authenticationManager(
      AccountUserDetailsService users,
      PasswordEncoder passwordEncoder,
      SignInThrottle throttle,
      DeviceCookies devices,
      AuthenticationEventPublisher signInEvents) {
    ProviderManager manager =
        new ProviderManager(
            new ThrottledAuthenticationProvider(users, passwordEncoder, throttle, devices));
    // Refused sign-ins become events, which the audit log records (IdentityAudit).
    manager.setAuthenticationEventPublisher(signInEvents);
    return manager;
  }

  @Bean
  RouteRules identityRoutes(
      AuthenticationManager authenticationManager,
      SignInCompletion completion,
      SignInFailure failure) {
    return http -> {
      http.authenticationManager(authenticationManager);
      http.formLogin(
          form ->
              form.loginPage("/sign-in")
                  .loginProcessingUrl("/sign-in")
                  .usernameParameter("email")
                  .passwordParameter("password")
                  .authenticationDetailsSource(SignInDetails::new)
                  .successHandler(completion)
                  .failureHandler(failure));
      http.logout(
          logout ->
              logout
                  .logoutUrl("/sign-out")
                  .logoutSuccessHandler(
                      (request, response, authentication) -> {
                        FlashMap flash = new FlashMap();
                        flash.put("notice", "identity.signOut.done");
                        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
                        response.sendRedirect(request.getContextPath() + "/");
                      }));
      http.exceptionHandling(
          errors ->
              errors
                  .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in"))
                  .accessDeniedHandler(pendingAwareAccessDenied()));
      http.authorizeHttpRequests(
          routes ->
              routes
                  .requestMatchers(GET, "/sign-in", "/sign-up", "/sign-up/check-email")
                  .permitAll()
                  .requestMatchers(POST, "/sign-up")
                  .permitAll()
                  .requestMatchers("/verify-email")
                  .permitAll()
                  .requestMatchers("/verify-email/resend", "/password-reset", "/password-reset/*")
                  .permitAll()
                  .requestMatchers("/sign-in/second-factor")
                  .hasAuthority(PendingSignIn.AWAITING_CODE)
                  .requestMatchers("/sign-in/second-factor/set-up", "/sign-in/second-factor/qr.svg")
                  .hasAuthority(PendingSignIn.AWAITING_ENROLMENT)
                  .requestMatchers("/account", "/account/**")
                  .hasRole("USER")
                  .requestMatchers("/admin/users", "/admin/users/**")
                  .hasRole("ADMIN"));
    };
  }

  /** Half-signed-in users who wander off are sent back to the step they have left to do. */
  private static AccessDeniedHandler pendingAwareAccessDenied() {
    AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
    return (request, response, exception) -> {
      Authentication current = SecurityContextHolder.getContext().getAuthentication();
      if (current instanceof PendingSignIn pending) {
        String next =
            pending.awaits(PendingSignIn.AWAITING_CODE)
                ? "/sign-in/second-factor"
                : "/sign-in/second-factor/set-up";
        response.sendRedirect(request.getContextPath() + next);
      } else {
        forbidden.handle(request, response, exception);
      }
    };
  }
}
