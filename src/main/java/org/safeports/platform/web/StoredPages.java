package org.safeports.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The pages {@link AnonymousPageCache} keeps, in memory (at most 64 MB, none longer than a day):
 * only a 200 HTML answer that sets no cookie is stored, with its headers but those about the answer
 * itself, and with an ETag made from its bytes, the same on every instance.
 */
final class StoredPages {

  /** Nothing is served older than this while the database is down, nor kept longer. */
  static final Duration MAX_STALE = Duration.ofHours(24);

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
      String contentType,
      List<Map.Entry<String, String>> headers,
      byte[] body,
      String etag,
      Instant storedAt) {}

  private final Cache<String, Page> pages =
      Caffeine.newBuilder()
          .maximumWeight(64L * 1024 * 1024)
          .weigher((String key, Page page) -> page.body().length + key.length() + 512)
          .expireAfterWrite(MAX_STALE)
          .build();

  private final Clock clock;

  StoredPages(Clock clock) {
    this.clock = clock;
  }

  Page get(String key) {
    return pages.getIfPresent(key);
  }

  /** Stores the answer if it may be kept, and marks it so that browsers ask again; else no-op. */
  void keep(String key, ContentCachingResponseWrapper response) {
    Page stored = storable(response);
    if (stored != null) {
      pages.put(key, stored);
      markCacheable(response, stored.etag());
    }
  }

  /** Stored less than {@code maxAge} ago. */
  boolean fresh(Page page, Duration maxAge) {
    return page.storedAt().plus(maxAge).isAfter(clock.instant());
  }

  long size() {
    pages.cleanUp();
    return pages.estimatedSize();
  }

  void invalidateAll() {
    pages.invalidateAll();
  }

  private Page storable(ContentCachingResponseWrapper response) {
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
    return new Page(type, List.copyOf(headers), body, etag(body), clock.instant());
  }

  /** Answers with the stored page, or with a 304 when the browser already has it. */
  static void serve(Page page, HttpServletRequest request, HttpServletResponse response)
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
