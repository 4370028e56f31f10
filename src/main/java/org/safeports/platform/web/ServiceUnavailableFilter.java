package org.safeports.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with {@code Retry-After}, and the portal's own error page, when a page cannot be
 * made: before the portal is ready (the demo data is still loading), while the database is down,
 * and when a request could not get a database connection. It sits right after the cache of
 * anonymous pages, so cached pages are still served during an outage, and before sessions, so that
 * the error page never looks a session up in the database that is down.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class ServiceUnavailableFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableFilter.class);
  static final String RETRY_AFTER_SECONDS = "10";
  private static final String UNAVAILABLE = ServiceUnavailableFilter.class.getName() + ".answered";

  private final DatabaseOutage outage;
  private final DataSource database;
  private volatile boolean ready;

  ServiceUnavailableFilter(DatabaseOutage outage, DataSource database) {
    this.outage = outage;
    this.database = database;
  }

  /**
   * Spring Boot announces readiness after every start-up task, the demo loaders included, has run;
   * until then the web server already takes requests. Going out of service later (at shutdown) does
   * not turn pages off: requests under way finish as the shutdown order decides.
   */
  @EventListener
  void on(AvailabilityChangeEvent<ReadinessState> change) {
    if (change.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
      ready = true;
    }
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      chain.doFilter(
          request.getAttribute(UNAVAILABLE) != null ? new WithoutSession(request) : request,
          response);
      return;
    }
    if (needsNoDatabase(request.getRequestURI())) {
      chain.doFilter(request, response);
      return;
    }
    if (!ready || outage.ongoing()) {
      unavailable(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException failure) {
      if (response.isCommitted()) {
        throw failure;
      }
      if (DatabaseOutage.noConnection(failure) && !DatabaseOutage.unreachable(failure)) {
        // Every connection busy for the pool's whole wait: no outage, but come back shortly.
        log.warn("No database connection for {}: {}", request.getRequestURI(), failure.toString());
      } else if (DatabaseOutage.unreachable(failure) || lostTheDatabase(failure)) {
        outage.begin(failure);
      } else {
        throw failure;
      }
      unavailable(request, response);
    }
  }

  /**
   * A database failure that does not say the server is gone can still mean it: a connection that
   * the server closed while shutting down (57P01) is thrown away by the pool, and the rollback that
   * follows fails on the closed connection, hiding the first error. One quick look decides.
   */
  private boolean lostTheDatabase(Throwable failure) {
    if (!DatabaseOutage.fromTheDatabase(failure)) {
      return false;
    }
    try (Connection connection = database.getConnection()) {
      return !connection.isValid(1);
    } catch (SQLException | RuntimeException e) {
      return true;
    }
  }

  /** Health (which must answer during an outage) and static files. */
  private static boolean needsNoDatabase(String path) {
    return path.startsWith("/actuator/")
        || path.startsWith("/assets/")
        || path.equals("/favicon.ico")
        || path.equals("/robots.txt");
  }

  private static void unavailable(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setAttribute(UNAVAILABLE, Boolean.TRUE);
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    response.setHeader("Cache-Control", "no-store");
    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
  }

  /**
   * The error page of a 503 is rendered as for a visitor: looking the session up would wait for the
   * database again.
   */
  static final class WithoutSession extends HttpServletRequestWrapper {

    WithoutSession(HttpServletRequest request) {
      super(request);
    }

    @Override
    public Cookie[] getCookies() {
      Cookie[] cookies = super.getCookies();
      if (cookies == null) {
        return null;
      }
      return Arrays.stream(cookies)
          .filter(cookie -> !AnonymousPageCache.SESSION_COOKIE.equals(cookie.getName()))
          .toArray(Cookie[]::new);
    }

    @Override
    public String getRequestedSessionId() {
      return null;
    }
  }
}
