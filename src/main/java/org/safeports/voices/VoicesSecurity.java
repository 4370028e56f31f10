package org.safeports.voices;

import static org.springframework.http.HttpMethod.GET;

import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VoicesSecurity {

  @Bean
  RouteRules voicesRoutes() {
    return http ->
        http.authorizeHttpRequests(
            routes ->
                routes
                    .requestMatchers("/voices/mine", "/voices/mine/**", "/voices/write")
                    .hasRole("USER")
                    .requestMatchers(
                        GET,
                        "/voices",
                        "/voices/*",
                        "/voices/images/*/*",
                        "/voices/images/*/piece/*",
                        "/feeds/voices-*")
                    .permitAll()
                    .requestMatchers("/admin/voices", "/admin/voices/**")
                    .hasRole("EDITOR"));
  }
}
