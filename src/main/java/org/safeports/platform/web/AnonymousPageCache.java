package org.safeports.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Rendered public pages for anonymous visitors, kept in memory and served before the rest of the
 * filter chain. Only a GET of a listed public page, from a visitor with no session cookie and not
 * switching language, is served from or stored in the cache, and only a 200 HTML answer that sets
 * no cookie is stored: a signed-in person never gets a cached page, and a restricted file or page
 * is never stored (files are not HTML, and restricted pages need a session).
 *
 * <p>Freshness: a module's change event ({@link PublicPagesChanged}) empties the cache after its
 * transaction commits and bumps a counter in the database, which the other instances read at most
 * once a second; scheduled publishing ({@link ScheduledVisibility}) empties it when the next
 * scheduled time passes; nothing is kept over ten minutes, for what depends on the date (a plan's
 * review becoming overdue). Cached pages carry an ETag, so a browser on a slow link that already
 * has the page gets a 304 and no body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class AnonymousPageCache extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(AnonymousPageCache.class);
  static final String SESSION_COOKIE = "SESSION";
  static final Duration MAX_AGE = Duration.ofMinutes(10);
  static final Duration VERSION_CHECK = Duration.ofSeconds(1);

  /** The public pages: the same for every anonymous visitor in a language. */
  private static final Pattern CACHEABLE =
      Pattern.compile(
          "/|/news|/news/[^/]+|/pages/[^/]+|/voices|/voices/[^/]+|/library|/library/[0-9]+");

  private static final Set<String> NOT_REPLAYED =
      Set.of(
          "set-cookie",
          "date",
          "content-length",
          "transfer-encoding",
          "cache-control",
          "pragma",
          "expires",
          "etag",
          "vary");

  record Page(
      String contentType, List<Map.Entry<String, String>> headers, byte[] body, String etag) {}

  private final Cache<String, Page> pages =
      Caffeine.newBuilder()
          .maximumWeight(64L * 1024 * 1024)
          .weigher((String key, Page page) -> page.body().length + key.length() + 512)
          .expireAfterWrite(MAX_AGE)
          .build();

  private final LocaleResolver locales;
  private final JdbcClient jdbc;
  private final ObjectProvider<ScheduledVisibility> schedules;
  private final Clock clock;

  private volatile boolean enabled;
  private volatile long knownVersion = -1;
  private volatile Instant versionCheckedAt = Instant.EPOCH;
  private volatile Instant nextScheduledChange = Instant.EPOCH;

  AnonymousPageCache(
      LocaleResolver locales,
      JdbcClient jdbc,
      ObjectProvider<ScheduledVisibility> schedules,
      Clock clock,
      @org.springframework.beans.factory.annotation.Value("${safeports.page-cache.enabled:true}")
          boolean enabled) {
    this.enabled = enabled;
    this.locales = locales;
    this.jdbc = jdbc;
    this.schedules = schedules;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!cacheable(request)) {
      chain.doFilter(request, response);
      return;
    }
    keepFresh();
    String key = key(request);
    Page page = pages.getIfPresent(key);
    if (page != null) {
      serve(page, request, response);
      return;
    }
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    Page stored = storable(wrapper);
    if (stored != null) {
      pages.put(key, stored);
      markCacheable(wrapper, stored.etag());
    }
    wrapper.copyBodyToResponse();
  }

  /** Empties the cache, here and (through the counter) on the other instances. */
  void changed() {
    pages.invalidateAll();
    try {
      knownVersion =
          jdbc.sql(
                  "update public_pages_version set version = version + 1 where id = 1 returning version")
              .query(Long.class)
              .single();
    } catch (RuntimeException e) {
      log.warn("Could not tell other instances that public pages changed: {}", e.toString());
    }
    nextScheduledChange = Instant.EPOCH;
  }

  long size() {
    pages.cleanUp();
    return pages.estimatedSize();
  }

  void invalidateAll() {
    pages.invalidateAll();
  }

  /** For tests: turn the cache on or off while the portal runs. */
  void enable(boolean on) {
    pages.invalidateAll();
    nextScheduledChange = Instant.EPOCH;
    enabled = on;
  }

  private boolean cacheable(HttpServletRequest request) {
    if (!enabled || !"GET".equals(request.getMethod()) || request.getParameter("lang") != null) {
      return false;
    }
    if (!CACHEABLE.matcher(request.getRequestURI()).matches()) {
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

  private String key(HttpServletRequest request) {
    Locale locale = locales.resolveLocale(request);
    String query = request.getQueryString();
    return Language.of(locale).code()
        + " "
        + request.getRequestURI()
        + (query == null ? "" : "?" + query);
  }

  private void keepFresh() {
    Instant now = clock.instant();
    if (!now.isBefore(nextScheduledChange)) {
      pages.invalidateAll();
      Instant next = now.plus(MAX_AGE);
      for (ScheduledVisibility schedule : schedules) {
        Instant due = schedule.nextChangeAfter(now).orElse(null);
        if (due != null && due.isBefore(next)) {
          next = due;
        }
      }
      nextScheduledChange = next;
    }
    if (Duration.between(versionCheckedAt, now).compareTo(VERSION_CHECK) >= 0) {
      versionCheckedAt = now;
      long version =
          jdbc.sql("select version from public_pages_version where id = 1")
              .query(Long.class)
              .single();
      if (version != knownVersion) {
        pages.invalidateAll();
        knownVersion = version;
      }
    }
  }

  private static Page storable(ContentCachingResponseWrapper response) {
    String type = response.getContentType();
    if (response.getStatus() != 200
        || type == null
        || !type.startsWith("text/html")
        || response.getHeader("Set-Cookie") != null) {
      return null;
    }
    byte[] body = response.getContentAsByteArray();
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (String name : response.getHeaderNames()) {
      if (NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String value : response.getHeaders(name)) {
        headers.add(Map.entry(name, value));
      }
    }
    return new Page(type, List.copyOf(headers), body, etag(body));
  }

  private static void serve(Page page, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    for (Map.Entry<String, String> header : page.headers()) {
      response.addHeader(header.getKey(), header.getValue());
    }
    markCacheable(response, page.etag());
    String ifNoneMatch = request.getHeader("If-None-Match");
    if (ifNoneMatch != null && (ifNoneMatch.contains(page.etag()) || ifNoneMatch.equals("*"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setStatus(200);
    response.setContentType(page.contentType());
    response.setContentLength(page.body().length);
    response.getOutputStream().write(page.body());
  }

  /** Browsers may keep the page but must ask again, which costs a 304 when nothing changed. */
  private static void markCacheable(HttpServletResponse response, String etag) {
    response.setHeader("Cache-Control", "no-cache");
    response.setHeader("ETag", etag);
    response.setHeader("Vary", "Accept-Language, Cookie");
  }

  private static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      // Weak: the same page is sent compressed or not (Tomcat does not compress a response whose
      // ETag is strong).
      return "W/\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
