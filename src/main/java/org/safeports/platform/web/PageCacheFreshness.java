package org.safeports.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When {@link AnonymousPageCache}'s stored pages (and {@link SignedInPageCache}'s) must go: after a
 * change here (which bumps a counter in the database for the other instances), when that counter
 * moved (read once a second on a background thread), and when the next scheduled publication is due
 * (looked up on that thread too). The same read brings the counter of writes that only signed-in
 * pages heed ({@link SignedInPages}). A visitor's request never waits for the database here.
 */
final class PageCacheFreshness {

  private static final Logger log = LoggerFactory.getLogger(AnonymousPageCache.class);

  /**
   * When the next scheduled change is due; {@code due} is null while the background refresh looks
   * it up, for every change after {@code from}.
   */
  record Schedule(Instant due, Instant from) {}

  private final StoredPages pages;
  private final SignedInPages signedIn;
  private final JdbcClient jdbc;
  private final ObjectProvider<ScheduledVisibility> schedules;
  private final DatabaseOutage outage;
  private final PublicPagesVersion version;
  private final Clock clock;
  private final Duration maxAge;
  private final AtomicReference<Schedule> schedule;

  private volatile long knownVersion = -1;
  private ScheduledExecutorService refresher;

  PageCacheFreshness(
      StoredPages pages,
      SignedInPages signedIn,
      JdbcClient jdbc,
      ObjectProvider<ScheduledVisibility> schedules,
      DatabaseOutage outage,
      PublicPagesVersion version,
      Clock clock,
      Duration maxAge) {
    this.pages = pages;
    this.signedIn = signedIn;
    this.jdbc = jdbc;
    this.schedules = schedules;
    this.outage = outage;
    this.version = version;
    this.clock = clock;
    this.maxAge = maxAge;
    this.schedule = new AtomicReference<>(new Schedule(null, clock.instant()));
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
    restartSchedule();
  }

  /** Forgets the next scheduled time: the background refresh looks it up again from now. */
  void restartSchedule() {
    schedule.set(new Schedule(null, clock.instant()));
  }

  /**
   * The freshness checks run on a thread of their own once a second, never on a visitor's request:
   * a visitor is not kept waiting by the database (nor by its outage), and the checks are not held
   * up by other scheduled work (mail).
   */
  void start() {
    refresher =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "page-cache-refresh");
              thread.setDaemon(true);
              return thread;
            });
    refresher.scheduleWithFixedDelay(this::refresh, 0, 1, TimeUnit.SECONDS);
  }

  void stop() {
    refresher.shutdownNow();
  }

  /**
   * Reads the counter that other instances bump (and so learns whether the database is reachable),
   * and looks up when the next scheduled publication is due.
   */
  void refresh() {
    Instant now = clock.instant();
    try {
      long[] counters =
          jdbc.sql(
                  "select p.version, s.version from public_pages_version p, signed_in_pages_version s"
                      + " where p.id = 1 and s.id = 1")
              .query((row, n) -> new long[] {row.getLong(1), row.getLong(2)})
              .single();
      long shared = counters[0];
      outage.end();
      signedIn.writesSeen(counters[1]);
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

  /**
   * Empties the cache when a scheduled publication is due, from memory only (the time was looked up
   * in the background). Not while the database is down: the pages kept are then better than 503s.
   */
  void keepToSchedule() {
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
    signedIn.invalidateAll();
  }

  /** The first scheduled change after {@code from}, or {@code maxAge} on at the latest. */
  private Instant nextChangeAfter(Instant from) {
    Instant next = from.plus(maxAge);
    for (ScheduledVisibility visibility : schedules) {
      Instant due = visibility.nextChangeAfter(from).orElse(null);
      if (due != null && due.isBefore(next)) {
        next = due;
      }
    }
    return next;
  }
}
