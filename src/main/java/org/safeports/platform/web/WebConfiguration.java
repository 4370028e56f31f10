package org.safeports.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  static final String LANGUAGE_COOKIE = "safeports-lang";

  /**
   * A translation's address answers in its language; elsewhere the first visit follows the
   * browser's Accept-Language (best supported match), and a choice made with the language switcher
   * is kept in a cookie for a year, sent over HTTPS only whenever the session cookie is (the same
   * switch: {@code SAFEPORTS_SECURE_COOKIES}, on in production).
   */
  @Bean
  LocaleResolver localeResolver(
      ObjectProvider<AddressLanguages> addresses,
      @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
    CookieLocaleResolver resolver = new AddressLocaleResolver(LANGUAGE_COOKIE, addresses);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieHttpOnly(true);
    resolver.setCookieSecure(secureCookies);
    resolver.setCookieSameSite("Lax");
    resolver.setDefaultLocaleFunction(WebConfiguration::bestSupportedLocale);
    return resolver;
  }

  static Locale bestSupportedLocale(HttpServletRequest request) {
    for (Locale wanted : Collections.list(request.getLocales())) {
      var match = Language.fromCode(wanted.getLanguage());
      if (match.isPresent()) {
        return match.get().locale();
      }
    }
    return Language.EN.locale();
  }

  /** The icon must sit at the root (robots.txt is written by {@link RobotsController}). */
  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/favicon.ico")
        .addResourceLocations("classpath:/static/", "classpath:/static/img/");
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new LanguageSwitchInterceptor());
  }

  /** {@code ?lang=es} switches the language; codes the portal does not speak are ignored. */
  static final class LanguageSwitchInterceptor implements HandlerInterceptor {
    @Override
    public boolean preHandle(
        HttpServletRequest request, HttpServletResponse response, Object handler) {
      String requested = request.getParameter("lang");
      if (StringUtils.hasText(requested)) {
        Language.fromCode(requested)
            .ifPresent(
                language -> {
                  LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
                  if (resolver != null) {
                    resolver.setLocale(request, response, language.locale());
                  }
                });
      }
      return true;
    }
  }
}
