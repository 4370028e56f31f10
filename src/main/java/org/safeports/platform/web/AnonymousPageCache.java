package org.safeports.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
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
 * switching language, is served from or stored in the cache ({@link CachedAddresses}), and only a
 * 200 HTML answer that sets no cookie is stored ({@link StoredPages}): a signed-in person never
 * gets a cached page, and a restricted file or page is never stored (files are not HTML, and
 * restricted pages need a session).
 *
 * <p>Freshness ({@link PageCacheFreshness}): a module's change event ({@link PublicPagesChanged})
 * empties the cache after its transaction commits and bumps a counter in the database, which every
 * instance reads once a second on a background thread; scheduled publishing ({@link
 * ScheduledVisibility}) empties it when the next scheduled time passes (looked up on that thread
 * too); nothing is served over ten minutes old, for what depends on the date (a plan's review
 * becoming overdue), except while the database is down, when the stored pages are served rather
 * than 503s. A visitor's request never waits for the database here. Cached pages carry an ETag made
 * from their bytes, the same on every instance, so a browser on a slow link that already has the
 * page gets a 304 and no body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class AnonymousPageCache extends OncePerRequestFilter {

  static final String SESSION_COOKIE = CachedAddresses.SESSION_COOKIE;
  static final Duration MAX_AGE = Duration.ofMinutes(10);

  private final LocaleResolver locales;
  private final DatabaseOutage outage;
  private final StoredPages pages;
  private final PageCacheFreshness freshness;

  private volatile boolean enabled;

  AnonymousPageCache(
      LocaleResolver locales,
      JdbcClient jdbc,
      ObjectProvider<ScheduledVisibility> schedules,
      DatabaseOutage outage,
      PublicPagesVersion version,
      SignedInPages signedIn,
      Clock clock,
      @org.springframework.beans.factory.annotation.Value("${safeports.page-cache.enabled:true}")
          boolean enabled) {
    this.enabled = enabled;
    this.locales = locales;
    this.outage = outage;
    this.pages = new StoredPages(clock);
    this.freshness =
        new PageCacheFreshness(pages, signedIn, jdbc, schedules, outage, version, clock, MAX_AGE);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!enabled || !CachedAddresses.cacheable(request)) {
      chain.doFilter(request, response);
      return;
    }
    freshness.keepToSchedule();
    CachedAddresses.CachedAddress address = CachedAddresses.address(request);
    String query = CachedAddresses.query(request, address);
    String key = CachedAddresses.key(locales.resolveLocale(request), request, query);
    StoredPages.Page page = pages.get(key);
    if (page != null && (outage.ongoing() || pages.fresh(page, MAX_AGE))) {
      StoredPages.serve(page, request, response);
      return;
    }
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(new PageParameters(request, query, address.parameters()), wrapper);
    pages.keep(key, wrapper);
    wrapper.copyBodyToResponse();
  }

  /**
   * Empties the caches when a scheduled publication is due, from memory only: for the signed-in
   * cache, which answers after the security filters.
   */
  void keepToSchedule() {
    freshness.keepToSchedule();
  }

  /** Empties the cache, here and (through the counter) on the other instances. */
  void changed() {
    freshness.changed();
  }

  long size() {
    return pages.size();
  }

  void invalidateAll() {
    pages.invalidateAll();
  }

  /** For tests: turn the cache on or off while the portal runs. */
  void enable(boolean on) {
    pages.invalidateAll();
    freshness.restartSchedule();
    enabled = on;
  }

  @PostConstruct
  void startRefreshing() {
    freshness.start();
  }

  @PreDestroy
  void stopRefreshing() {
    freshness.stop();
  }
}
