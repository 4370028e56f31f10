package org.safeports.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.safeports.platform.security.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.HtmlUtils;

/**
 * Rendered pages for signed-in people, kept per audience ({@link SignedInAddresses}: roles,
 * country, language, address; the account too for the account page) and served with only the
 * per-person slots filled in ({@link SharedBody}: the CSRF token, the header's name). It sits after
 * the security filters, so the route rules have already let the request through, and the viewer is
 * known; a render for the store sees markers in place of the person ({@link SharedRequest}), so
 * nothing of one person is kept for another.
 *
 * <p>Not kept: a render that shows a notice carried from the previous request (a flash message is
 * one person's), an answer other than a 200 HTML page, one that sets a cookie, one its module marks
 * as not to keep ({@link KeptPages}). A read that changed its reader's pages (what they have read)
 * empties the store as a write does. Freshness: {@link SignedInPages}; besides, every write that
 * gets past security (a form sent, whatever it changes) empties the store here and on the other
 * instances, so what a person did shows on their next page.
 */
@Component
@Order(SignedInPageCache.ORDER)
class SignedInPageCache extends OncePerRequestFilter {

  /** Just after Spring Security's filters (-100): the viewer is known and the route allowed. */
  static final int ORDER = -90;

  private static final Set<String> READ_ONLY = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";
  private static final Set<String> NOT_REPLAYED =
      Set.of("set-cookie", "date", "content-length", "transfer-encoding", "content-type");

  private final SignedInPages pages;
  private final AnonymousPageCache schedule;
  private final LocaleResolver locales;
  private final RoleHierarchy hierarchy;
  private volatile boolean enabled;

  SignedInPageCache(
      SignedInPages pages,
      AnonymousPageCache schedule,
      LocaleResolver locales,
      RoleHierarchy hierarchy,
      @Value("${safeports.page-cache.enabled:true}") boolean enabled) {
    this.pages = pages;
    this.schedule = schedule;
    this.locales = locales;
    this.hierarchy = hierarchy;
    this.enabled = enabled;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!READ_ONLY.contains(request.getMethod())) {
      chain.doFilter(request, response);
      if (enabled && response.getStatus() < 400) {
        pages.written();
      }
      return;
    }
    boolean emptied = false;
    try {
      emptied = read(request, response, chain);
    } finally {
      // After an answer that did not pass through the store, which read() empties itself.
      if (enabled && !emptied && request.getAttribute(KeptPages.READER_CHANGED) != null) {
        pages.written();
      }
    }
  }

  /**
   * A read: from the store when it holds the page for this audience, else rendered (and kept). True
   * when it emptied the store for a read that recorded the reader's reading.
   */
  private boolean read(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    SignedInAddresses.SignedInAddress address = enabled ? SignedInAddresses.address(request) : null;
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    Viewer viewer = address == null ? null : Viewer.of(authentication, hierarchy);
    String audience =
        viewer == null
            ? null
            : SignedInAddresses.audience(authentication, viewer, address.perPerson());
    if (audience == null || noticeWaiting(request)) {
      chain.doFilter(request, response);
      return false;
    }
    schedule.keepToSchedule();
    CachedAddresses.CachedAddress page = address.address();
    String query = CachedAddresses.query(request, page);
    Locale locale = locales.resolveLocale(request);
    String key = SignedInAddresses.key(audience, locale, request, query);
    SharedBody stored = pages.get(key);
    if (stored != null) {
      response.setLocale(locale);
      stored.serve(response, values(request, viewer));
      return false;
    }
    long generation = pages.generation();
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    SharedRequest shared =
        new SharedRequest(new PageParameters(request, query, page.parameters()), viewer);
    chain.doFilter(shared, wrapper);
    SharedBody body = storable(shared, wrapper);
    boolean emptied = false;
    if (body != null) {
      pages.keep(key, body, generation);
    } else {
      if (shared.getAttribute(KeptPages.READER_CHANGED) != null) {
        // Emptied before the answer goes out: once the reader has it, no kept page lags.
        pages.written();
        emptied = true;
      }
      // Not kept (an error page, a notice), but rendered with markers all the same.
      body =
          SharedBody.cut(
              null,
              List.of(),
              wrapper.getContentAsByteArray(),
              SharedRequest.CSRF_MARKER,
              SharedRequest.NAME_MARKER);
    }
    SharedBody.write(response, body.fill(values(request, viewer)));
    return emptied;
  }

  /** A 200 HTML page that sets no cookie and shows no notice carried over; else null. */
  private static SharedBody storable(
      HttpServletRequest request, ContentCachingResponseWrapper response) {
    String type = response.getContentType();
    if (response.getStatus() != 200
        || type == null
        || !type.startsWith("text/html")
        || response.getHeader("Set-Cookie") != null
        || request.getAttribute(KeptPages.NOT_KEPT) != null
        || request.getAttribute(KeptPages.READER_CHANGED) != null
        || request.getAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE)
                instanceof Map<?, ?> notice
            && !notice.isEmpty()) {
      return null;
    }
    return SharedBody.cut(
        type,
        replayed(response),
        response.getContentAsByteArray(),
        SharedRequest.CSRF_MARKER,
        SharedRequest.NAME_MARKER);
  }

  /** The headers the render set, but those about this one answer. */
  private static List<Map.Entry<String, String>> replayed(HttpServletResponse response) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (String name : response.getHeaderNames()) {
      if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
        for (String value : response.getHeaders(name)) {
          headers.add(Map.entry(name, value));
        }
      }
    }
    return List.copyOf(headers);
  }

  /** A notice from the previous request waits in the session: this page is that person's. */
  private static boolean noticeWaiting(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null
        && session.getAttribute(FLASH_MAPS) instanceof Collection<?> maps
        && !maps.isEmpty();
  }

  /** The person's own values for the slots, escaped as the page would have them. */
  private static SharedBody.Values values(HttpServletRequest request, Viewer viewer) {
    CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    String label = viewer.label() == null ? "" : viewer.label();
    return new SharedBody.Values(
        (token == null ? "" : HtmlUtils.htmlEscape(token.getToken()))
            .getBytes(StandardCharsets.UTF_8),
        HtmlUtils.htmlEscape(label, "UTF-8").getBytes(StandardCharsets.UTF_8));
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
    enabled = on;
  }
}
