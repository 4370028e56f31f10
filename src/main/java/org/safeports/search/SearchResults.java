package org.safeports.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The results pages this instance found, kept while the index does not change: the same words,
 * filters and page, for a reader with the same keys and language, are answered from memory. A broad
 * search (a fifth of the index) costs a third of a second of the database's time; many readers ask
 * the same few things, and most of the index changes seldom.
 *
 * <p>Each search reads the index's version first ({@link SearchIndexVersion}, one small statement)
 * and looks only under it: a page found before a publication, a withdrawal or an access change is
 * never served after it, on this instance or another. Pages of older versions go when a newer one
 * is seen.
 */
@Component
class SearchResults {

  /**
   * A results page holds 10 hits and some 50 facet values, about 15 kB of strings: 500 of them are
   * about 7 MB of the heap.
   */
  static final int KEPT = 500;

  /** Also the longest a page is kept when the version could not be moved after a change. */
  static final Duration KEPT_FOR = Duration.ofMinutes(10);

  /** What a results page depends on. */
  private record Key(
      long version, SearchQuery query, String readerLanguage, String keys, List<String> words) {}

  private final Cache<Key, SiteSearch.Found> found =
      Caffeine.newBuilder().maximumSize(KEPT).expireAfterWrite(KEPT_FOR).build();

  private final AtomicLong newestVersion = new AtomicLong(Long.MIN_VALUE);
  private final SiteSearch search;
  private final SearchIndexVersion version;

  SearchResults(SiteSearch search, SearchIndexVersion version) {
    this.search = search;
    this.version = version;
  }

  /** {@link SiteSearch#find}, from memory when this page was found under the current version. */
  SiteSearch.Found find(SearchQuery query, String readerLanguage, String keys, List<String> words) {
    long now = version.current();
    long seen = newestVersion.get();
    if (now > seen && newestVersion.compareAndSet(seen, now)) {
      found.invalidateAll();
    }
    Key key = new Key(now, query, readerLanguage, keys, List.copyOf(words));
    SiteSearch.Found kept = found.getIfPresent(key);
    if (kept != null) {
      return kept;
    }
    SiteSearch.Found fresh = search.find(query, readerLanguage, keys, words);
    if (now == newestVersion.get()) {
      found.put(key, fresh);
    }
    return fresh;
  }
}
