package org.safeports.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pages {@link SignedInPageCache} keeps, in memory (at most 32 MB, none longer than {@link
 * #MAX_AGE}), each as {@link SharedBody} pieces around the per-person slots. They go with the
 * anonymous pages (a published change, a scheduled time, the shared counter: {@link
 * PageCacheFreshness}) and, besides, after any write a signed-in page could show (a form sent on
 * this instance, or on another one: the {@code signed_in_pages_version} counter, read on the same
 * background second).
 *
 * <p>A render that began before the store was emptied is not kept: each entry is stored only if the
 * store's generation is still the one its render started in.
 */
@Component
class SignedInPages {

  /** What no write or event announces (the date moving on) shows within this time. */
  static final Duration MAX_AGE = Duration.ofSeconds(60);

  private static final Logger log = LoggerFactory.getLogger(SignedInPages.class);

  private final Cache<String, SharedBody> pages =
      Caffeine.newBuilder()
          .maximumWeight(32L * 1024 * 1024)
          .weigher((String key, SharedBody body) -> body.weight() + key.length())
          .expireAfterWrite(MAX_AGE)
          .build();

  private final AtomicLong generation = new AtomicLong();
  private final JdbcClient jdbc;
  private volatile long knownWrites = -1;

  SignedInPages(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  SharedBody get(String key) {
    return pages.getIfPresent(key);
  }

  /** The generation a render starts in; pass it to {@link #keep}. */
  long generation() {
    return generation.get();
  }

  /** Keeps the body unless the store was emptied since {@code startedIn}. */
  void keep(String key, SharedBody body, long startedIn) {
    if (generation.get() != startedIn) {
      return;
    }
    pages.put(key, body);
    if (generation.get() != startedIn) {
      pages.invalidate(key);
    }
  }

  void invalidateAll() {
    generation.incrementAndGet();
    pages.invalidateAll();
  }

  long size() {
    pages.cleanUp();
    return pages.estimatedSize();
  }

  /**
   * A write was committed here: the stored pages go, here and (through the counter) on the other
   * instances.
   */
  void written() {
    invalidateAll();
    try {
      knownWrites =
          jdbc.sql(
                  "update signed_in_pages_version set version = version + 1 where id = 1"
                      + " returning version")
              .query(Long.class)
              .single();
    } catch (RuntimeException e) {
      log.warn("Could not tell other instances that signed-in pages changed: {}", e.toString());
    }
  }

  /** The shared counter as read in the background: when another instance moved it, pages go. */
  void writesSeen(long shared) {
    if (shared != knownWrites) {
      knownWrites = shared;
      invalidateAll();
    }
  }
}
