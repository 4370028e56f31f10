package org.safeports.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.stereotype.Component;

/**
 * In-memory copies of the sessions the store read ({@link SessionCopy}), so that a signed-in
 * request whose session did not change costs no statement. Fresh on this instance: every save that
 * changes a session and every delete drops its copy at once ({@link TouchThrottledSessions.Store}).
 * Fresh across instances within {@link #TRUSTED_FOR}: such a change also moves the {@code
 * session_store_version} sequence, read here once a second on a background thread; when it moved,
 * every copy goes. A copy is served only while the last read of the sequence that began after the
 * copy was taken, or the copy itself, is less than {@link #TRUSTED_FOR} old: when the reads fail
 * (the database down) or lag, copies stop being served after that time; a request never waits for
 * the read.
 */
@Component
class SessionCopies implements SmartLifecycle {

  /** The longest a change made on another instance can go unseen here. */
  static final Duration TRUSTED_FOR = Duration.ofMillis(1_500);

  /** Well above the sessions in use at once; each copy is a kilobyte or two. */
  private static final int KEPT = 10_000;

  private static final Logger log = LoggerFactory.getLogger(SessionCopies.class);

  private final Cache<String, SessionCopy> copies =
      Caffeine.newBuilder()
          .maximumSize(KEPT)
          .expireAfterWrite(SessionStoreWrites.TOUCH_INTERVAL)
          .build();

  private final AtomicLong generation = new AtomicLong();
  private final JdbcClient jdbc;
  private final Clock clock;
  private volatile Long knownVersion;
  private volatile Instant confirmedAt = Instant.MIN;
  private volatile boolean failing;
  private ScheduledExecutorService reader;

  /** On the store's own connections, never inside a transaction of the request. */
  SessionCopies(@SpringSessionDataSource DataSource sessions, Clock clock) {
    this.jdbc = JdbcClient.create(sessions);
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  /** The copy for the id if it may be served now: trusted and not past its time-out; else null. */
  SessionCopy get(String id) {
    SessionCopy copy = copies.getIfPresent(id);
    if (copy == null) {
      return null;
    }
    Instant now = clock.instant();
    Instant freshAsOf = copy.readAt().isAfter(confirmedAt) ? copy.readAt() : confirmedAt;
    if (!now.isBefore(freshAsOf.plus(TRUSTED_FOR)) || copy.expiredAt(now)) {
      copies.asMap().remove(id, copy);
      return null;
    }
    return copy;
  }

  /** The generation a read of the store starts in; pass it to {@link #keep}. */
  long generation() {
    return generation.get();
  }

  /** Keeps the copy unless a change was seen since its read began. */
  void keep(SessionCopy copy, long startedIn) {
    if (generation.get() != startedIn) {
      return;
    }
    copies.put(copy.id(), copy);
    if (generation.get() != startedIn) {
      copies.invalidate(copy.id());
    }
  }

  /**
   * A session was written or deleted (committed): its copies go here, and when more than its last
   * access changed, the other instances' copies go too.
   */
  void written(String id, String newId, boolean announce) {
    generation.incrementAndGet();
    copies.invalidate(id);
    if (!id.equals(newId)) {
      copies.invalidate(newId);
    }
    if (announce) {
      try {
        jdbc.sql("select nextval('session_store_version')").query(Long.class).single();
      } catch (RuntimeException e) {
        // The other instances stop trusting their copies within TRUSTED_FOR all the same.
        log.warn("Could not tell other instances that a session changed: {}", e.toString());
      }
    }
  }

  void invalidateAll() {
    generation.incrementAndGet();
    copies.invalidateAll();
  }

  long size() {
    copies.cleanUp();
    return copies.estimatedSize();
  }

  /** Reads the sequence; when it moved, the copies go. Runs on its own thread, once a second. */
  void refresh() {
    Instant started = clock.instant();
    try {
      // last_value is the same before and after the sequence's first nextval; is_called is not.
      long version =
          jdbc.sql(
                  "select case when is_called then last_value else 0 end from session_store_version")
              .query(Long.class)
              .single();
      Long known = knownVersion;
      if (known == null || known != version) {
        invalidateAll();
        knownVersion = version;
      }
      confirmedAt = started;
      failing = false;
    } catch (RuntimeException e) {
      if (!failing) {
        log.warn("Could not check whether sessions changed: {}", e.toString());
        failing = true;
      }
    }
  }

  @Override
  public synchronized void start() {
    reader =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "session-copies-refresh");
              thread.setDaemon(true);
              return thread;
            });
    reader.scheduleWithFixedDelay(this::refresh, 0, 1, TimeUnit.SECONDS);
  }

  @Override
  public synchronized void stop() {
    if (reader != null) {
      reader.shutdownNow();
      reader = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return reader != null;
  }
}
