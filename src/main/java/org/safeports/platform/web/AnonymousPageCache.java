package org.safeports.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
 * transaction commits and bumps a counter in the database, which every instance reads once a second
 * on a background thread; scheduled publishing ({@link ScheduledVisibility}) empties it when the
 * next scheduled time passes (looked up on that thread too); nothing is served over ten minutes
 * old, for what depends on the date (a plan's review becoming overdue), except while the database
 * is down, when the stored pages are served rather than 503s. A visitor's request never waits for
 * the database here. Cached pages carry an ETag made from their bytes, the same on every instance,
 * so a browser on a slow link that already has the page gets a 304 and no body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class AnonymousPageCache extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(AnonymousPageCache.class);
  static final String SESSION_COOKIE = "SESSION";
  static final Duration MAX_AGE = Duration.ofMinutes(10);

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
          // The list of feeds. Not the contact form (its CSRF token belongs to a session), nor
          // /privacy and the other fixed addresses (a redirect to the reader's language).
          new CachedAddress("/feeds"));

  /** Nothing is served older than this while the database is down, nor kept longer. */
  static final Duration MAX_STALE = Duration.ofHours(24);

  record CachedAddress(Pattern path, Set<String> parameters) {
    CachedAddress(String path, String... parameters) {
      this(Pattern.compile(path), Set.of(parameters));
    }
  }

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

  /**
   * When the next scheduled change is due; {@code due} is null while the background refresh looks
   * it up, for every change after {@code from}.
   */
  record Schedule(Instant due, Instant from) {}

  private final Cache<String, Page> pages =
      Caffeine.newBuilder()
          .maximumWeight(64L * 1024 * 1024)
          .weigher((String key, Page page) -> page.body().length + key.length() + 512)
          .expireAfterWrite(MAX_STALE)
          .build();

  private final LocaleResolver locales;
  private final JdbcClient jdbc;
  private final ObjectProvider<ScheduledVisibility> schedules;
  private final DatabaseOutage outage;
  private final PublicPagesVersion version;
  private final Clock clock;
  private final AtomicReference<Schedule> schedule;

  private volatile boolean enabled;
  private volatile long knownVersion = -1;
  private ScheduledExecutorService refresher;

  AnonymousPageCache(
      LocaleResolver locales,
      JdbcClient jdbc,
      ObjectProvider<ScheduledVisibility> schedules,
      DatabaseOutage outage,
      PublicPagesVersion version,
      Clock clock,
      @org.springframework.beans.factory.annotation.Value("${safeports.page-cache.enabled:true}")
          boolean enabled) {
    this.enabled = enabled;
    this.locales = locales;
    this.jdbc = jdbc;
    this.schedules = schedules;
    this.outage = outage;
    this.version = version;
    this.clock = clock;
    this.schedule = new AtomicReference<>(new Schedule(null, clock.instant()));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!cacheable(request)) {
      chain.doFilter(request, response);
      return;
    }
    keepToSchedule();
    CachedAddress address = address(request);
    String query = query(request, address);
    String key = key(request, query);
    Page page = pages.getIfPresent(key);
    if (page != null && (outage.ongoing() || fresh(page))) {
      serve(page, request, response);
      return;
    }
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(new PageParameters(request, query, address.parameters()), wrapper);
    Page stored = storable(wrapper);
    if (stored != null) {
      pages.put(key, stored);
      markCacheable(wrapper, stored.etag());
    }
    wrapper.copyBodyToResponse();
  }

  /** Empties the cache, here and (through the counter) on the other instances. */
  void changed() {
    renew();
    try {
      knownVersion =
          jdbc.sql(
                  "update public_pages_version set version = version + 1 where id = 1 returning version")
              .query(Long.class)
              .single();
    } catch (RuntimeException e) {
      log.warn("Could not tell other instances that public pages changed: {}", e.toString());
    }
    schedule.set(new Schedule(null, clock.instant()));
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
    schedule.set(new Schedule(null, clock.instant()));
    enabled = on;
  }

  /**
   * The freshness checks run on a thread of their own once a second, never on a visitor's request:
   * a visitor is not kept waiting by the database (nor by its outage), and the checks are not held
   * up by other scheduled work (mail).
   */
  @PostConstruct
  void startRefreshing() {
    refresher =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "page-cache-refresh");
              thread.setDaemon(true);
              return thread;
            });
    refresher.scheduleWithFixedDelay(this::refresh, 0, 1, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stopRefreshing() {
    refresher.shutdownNow();
  }

  /**
   * Reads the counter that other instances bump (and so learns whether the database is reachable),
   * and looks up when the next scheduled publication is due.
   */
  void refresh() {
    Instant now = clock.instant();
    try {
      long shared =
          jdbc.sql("select version from public_pages_version where id = 1")
              .query(Long.class)
              .single();
      outage.end();
      if (shared != knownVersion) {
        knownVersion = shared;
        renew();
      }
      Schedule current = schedule.get();
      if (current.due() == null) {
        schedule.compareAndSet(
            current, new Schedule(nextChangeAfter(current.from()), current.from()));
      } else if (!now.isBefore(current.due())
          && schedule.compareAndSet(current, new Schedule(null, now))) {
        renew();
      }
    } catch (RuntimeException e) {
      if (DatabaseOutage.unreachable(e)) {
        outage.begin(e);
      } else {
        log.warn("Could not check whether public pages changed: {}", e.toString());
      }
    } catch (Error e) {
      log.error("The page cache's refresh failed", e);
    }
  }

  private boolean cacheable(HttpServletRequest request) {
    if (!enabled || !"GET".equals(request.getMethod()) || request.getParameter("lang") != null) {
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

  private static CachedAddress address(HttpServletRequest request) {
    String path = request.getRequestURI();
    for (CachedAddress address : ADDRESSES) {
      if (address.path().matcher(path).matches()) {
        return address;
      }
    }
    return null;
  }

  /** The parameters the page reads, in name order, encoded; null when there are none. */
  private static String query(HttpServletRequest request, CachedAddress address) {
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

  private String key(HttpServletRequest request, String query) {
    Locale locale = locales.resolveLocale(request);
    return Language.of(locale).code()
        + " "
        + request.getRequestURI()
        + (query == null ? "" : "?" + query);
  }

  private boolean fresh(Page page) {
    return page.storedAt().plus(MAX_AGE).isAfter(clock.instant());
  }

  /**
   * Empties the cache when a scheduled publication is due, from memory only (the time was looked up
   * in the background). Not while the database is down: the pages kept are then better than 503s.
   */
  private void keepToSchedule() {
    Schedule current = schedule.get();
    Instant now = clock.instant();
    if (current.due() != null
        && !now.isBefore(current.due())
        && !outage.ongoing()
        && schedule.compareAndSet(current, new Schedule(null, now))) {
      renew();
    }
  }

  /** What visitors see may have changed: stored pages go, and in-memory copies are read again. */
  private void renew() {
    version.moved();
    pages.invalidateAll();
  }

  /** The first scheduled change after {@code from}, or ten minutes on at the latest. */
  private Instant nextChangeAfter(Instant from) {
    Instant next = from.plus(MAX_AGE);
    for (ScheduledVisibility visibility : schedules) {
      Instant due = visibility.nextChangeAfter(from).orElse(null);
      if (due != null && due.isBefore(next)) {
        next = due;
      }
    }
    return next;
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
