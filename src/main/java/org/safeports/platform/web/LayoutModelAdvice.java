package org.safeports.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.safeports.platform.DemoMode;
import org.safeports.platform.PortalProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** What the layout needs on every page: the current language and the switcher's links. */
@ControllerAdvice
class LayoutModelAdvice {

  private final DemoMode demoMode;
  private final String siteUrl;

  LayoutModelAdvice(DemoMode demoMode, PortalProperties properties) {
    this.demoMode = demoMode;
    this.siteUrl = properties.link("");
  }

  /** The portal's public address, for canonical links and link previews. */
  @ModelAttribute("siteUrl")
  String siteUrl() {
    return siteUrl;
  }

  @ModelAttribute("currentLanguage")
  Language currentLanguage(Locale locale) {
    return Language.of(locale);
  }

  @ModelAttribute("languageLinks")
  Map<Language, String> languageLinks(HttpServletRequest request) {
    Map<Language, String> links = new LinkedHashMap<>();
    for (Language language : Language.all()) {
      links.put(
          language,
          askedFor(request)
              .replaceQueryParam("lang", language.code())
              .build()
              .toUriString()
              .replaceFirst("^[a-z]+://[^/]+", ""));
    }
    return links;
  }

  /** The path the visitor asked for, without the query, for the navigation's current item. */
  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    String path = askedFor(request).replaceQuery(null).build().getPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  /** The current address without its page and language parameters, for the pager's links. */
  @ModelAttribute("pagerBase")
  String pagerBase(HttpServletRequest request) {
    return askedFor(request)
        .replaceQueryParam("page")
        .replaceQueryParam("lang")
        .build()
        .toUriString()
        .replaceFirst("^[a-z]+://[^/]+", "");
  }

  /**
   * The address the visitor asked for: on an error page, the one that failed (the request itself is
   * then Spring Boot's {@code /error}, which is no page to switch languages on).
   */
  private static UriComponentsBuilder askedFor(HttpServletRequest request) {
    if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
      return UriComponentsBuilder.fromPath(failed)
          .query((String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING));
    }
    return ServletUriComponentsBuilder.fromRequestUri(request).query(request.getQueryString());
  }

  @ModelAttribute("demoMode")
  boolean demoMode() {
    return demoMode.isEnabled();
  }
}
