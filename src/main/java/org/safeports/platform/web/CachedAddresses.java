package org.safeports.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which requests {@link AnonymousPageCache} may answer, and under which key: a GET of a listed
 * public page, from a visitor with no session cookie and no credentials, not switching language.
 * The key is the visitor's language, the path and the parameters that the page reads.
 */
final class CachedAddresses {

  static final String SESSION_COOKIE = "SESSION";

  /**
   * The public pages (the same for every anonymous visitor in a language), each with the query
   * parameters its page reads. Other parameters are left out of the key and hidden from the page,
   * so that {@code ?utm_source=...} or random parameters get the stored page instead of filling the
   * cache with copies of it (and instead of a fresh render for each, as bypassing would cost).
   */
  private static final List<CachedAddress> ADDRESSES =
      List.of(
          new CachedAddress("/"),
          new CachedAddress("/news", "topic", "page"),
          new CachedAddress("/news/[^/]+"),
          new CachedAddress("/pages/[^/]+"),
          new CachedAddress("/voices", "topic", "country", "language", "page"),
          new CachedAddress("/voices/[^/]+"),
          new CachedAddress(
              "/library",
              "country",
              "port",
              "hazard",
              "type",
              "language",
              "year",
              "q",
              "sort",
              "page"),
          new CachedAddress("/library/[0-9]+"),
          // Events: the lists, in the zone the visitor asked for. Not an event's page: its
          // registration box (open, full, closed) changes with every registration.
          new CachedAddress("/events", "kind", "tz"),
          new CachedAddress("/events/past", "kind", "tz"),
          // The list of feeds. Not the contact form (its CSRF token belongs to a session), nor
          // /privacy and the other fixed addresses (a redirect to the reader's language).
          new CachedAddress("/feeds"));

  record CachedAddress(Pattern path, Set<String> parameters) {
    CachedAddress(String path, String... parameters) {
      this(Pattern.compile(path), Set.of(parameters));
    }
  }

  private CachedAddresses() {}

  /**
   * A GET of a listed page by a visitor without a session or credentials, not choosing a language.
   */
  static boolean cacheable(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) || request.getParameter("lang") != null) {
      return false;
    }
    if (address(request) == null) {
      return false;
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (SESSION_COOKIE.equals(cookie.getName())) {
          return false;
        }
      }
    }
    return request.getHeader("Authorization") == null;
  }

  /** The listed page the request asks for, or null. */
  static CachedAddress address(HttpServletRequest request) {
    String path = request.getRequestURI();
    for (CachedAddress address : ADDRESSES) {
      if (address.path().matcher(path).matches()) {
        return address;
      }
    }
    return null;
  }

  /** The parameters the page reads, in name order, encoded; null when there are none. */
  static String query(HttpServletRequest request, CachedAddress address) {
    if (request.getQueryString() == null) {
      return null;
    }
    StringBuilder query = new StringBuilder();
    new TreeMap<>(request.getParameterMap())
        .forEach(
            (name, values) -> {
              if (address.parameters().contains(name)) {
                for (String value : values) {
                  query.append(query.isEmpty() ? "" : "&").append(name).append('=');
                  query.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
              }
            });
    return query.isEmpty() ? null : query.toString();
  }

  /** The key a page is stored under: the visitor's language, the path and the page's parameters. */
  static String key(Locale locale, HttpServletRequest request, String query) {
    return Language.of(locale).code()
        + " "
        + request.getRequestURI()
        + (query == null ? "" : "?" + query);
  }
}
