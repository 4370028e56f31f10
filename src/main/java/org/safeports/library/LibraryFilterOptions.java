package org.safeports.library;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.safeports.platform.web.PublicPagesVersion;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The choices of the listing's port and year filters, read from the published documents. Every
 * listing shows them, and they change only when a document does, so they are kept in memory:
 * dropped after a change committed here, and read again when public pages changed on another
 * instance (within a second), so that every instance lists the same choices and sends the same
 * page; after a minute at most in any case.
 */
@Component
class LibraryFilterOptions {

  static final Duration MAX_AGE = Duration.ofMinutes(1);

  /** Ports by country code ("" for documents without a country), and years, newest first. */
  record Options(Map<String, SortedSet<String>> portsByCountry, List<Integer> years) {

    /** The ports of a country, or of every country when none is chosen; a chosen port stays. */
    List<String> ports(String country, String chosenPort) {
      SortedSet<String> shown = new TreeSet<>();
      if (country == null) {
        portsByCountry.values().forEach(shown::addAll);
      } else {
        shown.addAll(portsByCountry.getOrDefault(country, new TreeSet<>()));
      }
      if (chosenPort != null) {
        shown.add(chosenPort);
      }
      return List.copyOf(shown);
    }
  }

  private record Loaded(Options options, Instant at, long version) {}

  private final LibraryListings store;
  private final Clock clock;
  private final PublicPagesVersion version;
  private volatile Loaded loaded;

  LibraryFilterOptions(LibraryListings store, Clock clock, PublicPagesVersion version) {
    this.store = store;
    this.clock = clock;
    this.version = version;
  }

  Options current() {
    Loaded now = loaded;
    Instant time = clock.instant();
    long pagesVersion = version.current();
    if (now == null || now.version() != pagesVersion || !time.isBefore(now.at().plus(MAX_AGE))) {
      now = new Loaded(store.filterOptions(), time, pagesVersion);
      loaded = now;
    }
    return now.options();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(LibraryDocumentChanged change) {
    loaded = null;
  }
}
