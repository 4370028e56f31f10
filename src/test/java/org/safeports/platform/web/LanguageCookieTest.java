package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

/** The language cookie is sent over HTTPS only wherever the session cookie is. */
class LanguageCookieTest {

  WebApplicationContextRunner portal(String... profiles) {
    return new WebApplicationContextRunner()
        .withInitializer(
            context -> {
              var sources = context.getEnvironment().getPropertySources();
              try {
                sources.addFirst(new ResourcePropertySource("classpath:application.properties"));
                for (String profile : profiles) {
                  sources.addFirst(
                      new ResourcePropertySource(
                          "classpath:application-" + profile + ".properties"));
                }
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            })
        .withUserConfiguration(WebConfiguration.class);
  }

  static Cookie languageCookie(LocaleResolver resolver) {
    MockHttpServletResponse response = new MockHttpServletResponse();
    resolver.setLocale(new MockHttpServletRequest(), response, Locale.forLanguageTag("es"));
    return response.getCookie(WebConfiguration.LANGUAGE_COOKIE);
  }

  @Test
  void inProductionTheLanguageCookieTravelsOverHttpsOnly() {
    portal("production")
        .run(
            context -> {
              Cookie cookie = languageCookie(context.getBean(LocaleResolver.class));
              assertThat(cookie.getSecure()).isTrue();
              assertThat(cookie.isHttpOnly()).isTrue();
            });
  }

  @Test
  void theSecureCookieSwitchTurnsItOnWithoutTheProductionProfile() {
    portal()
        .withSystemProperties("SAFEPORTS_SECURE_COOKIES=true")
        .run(
            context ->
                assertThat(languageCookie(context.getBean(LocaleResolver.class)).getSecure())
                    .isTrue());
  }

  @Test
  void inDevelopmentOverPlainHttpItIsNotSecure() {
    portal()
        .run(
            context ->
                assertThat(languageCookie(context.getBean(LocaleResolver.class)).getSecure())
                    .isFalse());
  }
}
