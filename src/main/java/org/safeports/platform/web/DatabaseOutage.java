package org.safeports.platform.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Whether the database is known to be unreachable. A request that fails to reach it, or the
 * once-a-second background read of the public pages' version, starts an outage; that read
 * succeeding again ends it. While it lasts, pages that need the database answer 503 at once instead
 * of each waiting for the connection pool, and cached anonymous pages are still served.
 */
@Component
class DatabaseOutage {

  private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

  private final Clock clock;
  private volatile Instant since;
  private volatile Instant lastReached;

  DatabaseOutage(Clock clock) {
    this.clock = clock;
  }

  boolean ongoing() {
    return since != null;
  }

  void begin(Throwable cause) {
    if (since == null) {
      since = clock.instant();
      log.warn(
          "The database cannot be reached ({}); pages that need it answer 503 until it is back",
          rootMessage(cause));
    }
  }

  /** When the database last answered the background read; null before the first. */
  Instant lastReached() {
    return lastReached;
  }

  Instant since() {
    return since;
  }

  void end() {
    lastReached = clock.instant();
    Instant started = since;
    if (started != null) {
      since = null;
      log.info(
          "The database is reachable again, after {} s",
          Duration.between(started, clock.instant()).toSeconds());
    }
  }

  /**
   * The database did not give a connection in time: down, or every connection busy. Either way the
   * visitor should come back shortly (503), not read of a fault (500).
   */
  static boolean noConnection(Throwable failure) {
    for (Throwable e = failure; e != null; e = e.getCause()) {
      if (e instanceof SQLTransientConnectionException || unreachable(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The database itself cannot be reached: refused or lost connections (SQL state class 08), a
   * server shutting down (57P01-57P03). A pool that is merely busy is not an outage.
   */
  static boolean unreachable(Throwable failure) {
    for (Throwable e = failure; e != null; e = e.getCause()) {
      if (e instanceof ConnectException) {
        return true;
      }
      if (e instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P0")) {
          return true;
        }
      }
      if (e.getCause() == e) {
        break;
      }
    }
    return false;
  }

  /** A failure that came from talking to the database at all (JDBC or Spring's data access). */
  static boolean fromTheDatabase(Throwable failure) {
    for (Throwable e = failure; e != null; e = e.getCause()) {
      if (e instanceof SQLException || e instanceof DataAccessException) {
        return true;
      }
      if (e.getCause() == e) {
        break;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.toString();
  }
}
