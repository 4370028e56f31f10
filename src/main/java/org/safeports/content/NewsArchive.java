package org.safeports.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.web.Paging;
import org.safeports.platform.web.PublicPagesVersion;
import org.springframework.stereotype.Component;

/**
 * The news archive's pages by their first item rather than by an offset: the first item of every
 * page (ten to a page, newest first) is kept in memory per topic, so that page 1,500 is entered in
 * the list's index at its own first item and costs what the first page costs. The starts are read
 * again once {@link PublicPagesVersion} has moved (a change committed here or on another instance,
 * or a scheduled publication due) and when the next scheduled news item comes due, so that the
 * pages people see and link keep their numbers.
 */
@Component
class NewsArchive {

  /** The first item of a page: where the list's order ({@code published_at, id}) starts it. */
  record Start(Instant publishedAt, long id) {}

  /** Every page's first item, and how many items there are in all. */
  record Starts(long total, List<Start> firsts) {}

  /** One page of the archive: its number, the number of pages, and its items. */
  record Page(int number, long pages, long total, List<ContentCard> items) {}

  private record Known(long version, Instant until, Starts starts) {}

  private static final String ALL_TOPICS = "";

  private final ContentQueries queries;
  private final ContentSchedule schedule;
  private final PublicPagesVersion version;
  private final Clock clock;
  private final int size;
  private final Map<String, Known> byTopic = new ConcurrentHashMap<>();

  NewsArchive(
      ContentQueries queries, ContentSchedule schedule, PublicPagesVersion version, Clock clock) {
    this.queries = queries;
    this.schedule = schedule;
    this.version = version;
    this.clock = clock;
    this.size = PublicContentController.NEWS_PER_PAGE;
  }

  /**
   * Page {@code number} (from 0; below 0 the first) of the visible news of a topic (null: all), in
   * the reader's language; past the last page, the 404 page.
   */
  Page page(String topic, int number, String lang) {
    int current = Paging.page(number);
    Starts starts = starts(topic);
    long pages = starts.firsts().size();
    if (current >= pages) {
      if (current > 0) {
        throw new NotFoundException();
      }
      return new Page(0, 0, 0, List.of());
    }
    List<ContentCard> items = queries.newsFrom(lang, topic, starts.firsts().get(current), size);
    return new Page(current, pages, starts.total(), items);
  }

  /** The pages' first items, read again if what visitors see may have changed since. */
  Starts starts(String topic) {
    String key = topic == null ? ALL_TOPICS : topic;
    long seen = version.current();
    Instant now = clock.instant();
    Known known = byTopic.get(key);
    if (known != null && known.version() == seen && now.isBefore(known.until())) {
      return known.starts();
    }
    // Read after the version, so that a change committed meanwhile moves it past what is kept.
    Instant until = schedule.nextChangeAfter(now).orElse(Instant.MAX);
    Starts starts = queries.newsStarts(topic, size);
    byTopic.put(key, new Known(seen, until, starts));
    return starts;
  }
}
