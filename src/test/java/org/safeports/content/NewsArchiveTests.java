package org.safeports.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeports.platform.NotFoundException;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The news archive's pages, entered at each page's first item instead of by an offset: the same
 * items as the offset would give on every page, through page boundaries and equal publication
 * times, a change shown at once, and the same plan for a deep page as for the first.
 */
@PortalTest
class NewsArchiveTests {

  private static final String VISIBLE_IN_ORDER =
      "from content_item i where i.kind = 'NEWS' and i.status = 'PUBLISHED'"
          + " and (i.publish_at is null or i.publish_at <= now())"
          + " and (cast(:topic as varchar) is null or i.topic = :topic)"
          + " order by i.published_at desc, i.id desc";

  @LocalServerPort int port;
  @Autowired TestContent content;
  @Autowired NewsArchive archive;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;

  @Test
  void everyPageHoldsWhatTheOffsetWouldGiveThroughBoundariesAndEqualTimes() {
    // 23 items published at the same instant: their order, and the pages' edges among them, rest
    // on the id alone.
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      ids.add(content.publishedNews(TestContent.freshSlug("archived"), "Archived " + i, "Text"));
    }
    jdbc.sql("update content_item set published_at = :at where id in (:ids)")
        .param("at", Timestamp.from(Instant.parse("2003-03-03T03:03:03Z")))
        .param("ids", ids)
        .update();
    events.publishEvent(new ContentChanged(ids.get(0), ContentKind.NEWS));

    assertPagesAsByOffset(null);
    assertPagesAsByOffset("standards");
  }

  @Test
  void aNewItemMovesEveryPageAtOnceAndAnArchivedOneLeavesIt() {
    content.publishedNews(TestContent.freshSlug("filler"), "Filler", "Text");
    assertPagesAsByOffset(null);
    long fresh = content.publishedNews(TestContent.freshSlug("newest"), "Newest", "Text");
    // On the first page at once (other tests' items may carry later times than this one's).
    assertThat(archive.page(null, 0, "en").items()).extracting(ContentCard::itemId).contains(fresh);
    assertPagesAsByOffset(null);

    content.archive(fresh);
    assertThat(archive.page(null, 0, "en").items())
        .extracting(ContentCard::itemId)
        .doesNotContain(fresh);
    assertPagesAsByOffset(null);
  }

  @Test
  void aPagePastTheLastIsNotFoundAndTheListKeepsItsNumbers() {
    long total = ordered(null).size();
    long pages = (total + 9) / 10;
    assertThat(archive.page(null, 0, "en").pages()).isEqualTo(pages);
    assertThat(archive.page(null, 0, "en").total()).isEqualTo(total);
    assertThatThrownBy(() -> archive.page(null, (int) pages, "en"))
        .isInstanceOf(NotFoundException.class);
    assertThat(archive.page(null, -4, "en").number()).isZero();

    PortalClient visitor = new PortalClient(port).language("en");
    assertThat(visitor.get("/news?page=" + pages).status()).isEqualTo(404);
    String last = visitor.get("/news?page=" + (pages - 1)).body();
    assertThat(last).contains(pages + "").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
  }

  /**
   * With 15,000 more items, page 1,500 is planned as the first page is, and neither reads more than
   * a page's worth of rows from any table. The rows are rolled back at the end.
   */
  @Test
  @Transactional
  void aDeepPageRunsTheFirstPagesPlanAndReadsAPageOfRows() {
    jdbc.sql(
            "insert into content_item (kind, original_language, topic, author_name, status,"
                + " published_at, created_at, updated_at)"
                + " select 'NEWS', 'en', 'standards', 'Bench', 'PUBLISHED',"
                + " timestamptz '2001-01-01' - n * interval '1 minute', now(), now()"
                + " from generate_series(1, 15000) n")
        .update();
    jdbc.sql(
            "insert into content_translation (item_id, language, title, slug, summary,"
                + " body_markdown, body_html, status, based_on_revision, updated_at, updated_by, created_at)"
                + " select i.id, 'en', 'Deep ' || i.id, 'deep-plan-' || i.id, 'Summary', 'Body',"
                + " '<p>Body</p>', 'PUBLISHED', 0, now(), 'Bench', now() from content_item i"
                + " where i.author_name = 'Bench' and not exists"
                + " (select 1 from content_translation t where t.item_id = i.id)")
        .update();
    jdbc.sql("analyze content_item").update();
    jdbc.sql("analyze content_translation").update();

    List<String> first = plan(startOfPage(0));
    List<String> deep = plan(startOfPage(1499));

    assertThat(shape(deep)).isEqualTo(shape(first));
    for (List<String> plan : List.of(first, deep)) {
      assertThat(String.join("\n", plan))
          .contains("Index Scan using content_item_news_list_idx on content_item i")
          .doesNotContain("Sort")
          .doesNotContain("Seq Scan");
    }
    for (List<String> plan : List.of(first, deep)) {
      Matcher rows = Pattern.compile("actual rows=(\\d+)").matcher(String.join("\n", plan));
      while (rows.find()) {
        assertThat(Integer.parseInt(rows.group(1)))
            .as(String.join("\n", plan))
            .isLessThanOrEqualTo(10);
      }
    }
  }

  private void assertPagesAsByOffset(String topic) {
    List<Long> expected = ordered(topic);
    NewsArchive.Page first = archive.page(topic, 0, "en");
    assertThat(first.total()).isEqualTo(expected.size());
    List<Long> seen = new ArrayList<>();
    for (int page = 0; page < first.pages(); page++) {
      List<Long> items =
          archive.page(topic, page, "en").items().stream().map(ContentCard::itemId).toList();
      assertThat(items.size()).as("page %d", page).isBetween(1, 10);
      seen.addAll(items);
    }
    assertThat(seen).isEqualTo(expected);
  }

  private List<Long> ordered(String topic) {
    return jdbc.sql("select i.id " + VISIBLE_IN_ORDER)
        .param("topic", topic)
        .query(Long.class)
        .list();
  }

  private NewsArchive.Start startOfPage(int page) {
    return jdbc.sql("select i.published_at, i.id " + VISIBLE_IN_ORDER + " offset :offset limit 1")
        .param("topic", null)
        .param("offset", page * 10)
        .query((rs, n) -> new NewsArchive.Start(rs.getTimestamp(1).toInstant(), rs.getLong(2)))
        .single();
  }

  private List<String> plan(NewsArchive.Start start) {
    return jdbc.sql(
            "explain (analyze, costs off, timing off, summary off) " + ContentQueries.NEWS_PAGE)
        .param("lang", "en")
        .param("now", Timestamp.from(Instant.now()))
        .param("topic", null)
        .param("at", Timestamp.from(start.publishedAt()))
        .param("id", start.id())
        .param("limit", 10)
        .query(String.class)
        .list();
  }

  /**
   * The plan's nodes and conditions without the values the statement was given or found, and
   * without Memoize (a cache the planner may put in front of the same lead-image lookup, depending
   * on how many items of the page it expects to have one).
   */
  private static List<String> shape(List<String> plan) {
    return plan.stream()
        .map(line -> line.replaceAll("\\(actual [^)]*\\)", "").replaceAll("'[^']*'", "?").strip())
        .filter(
            line ->
                !line.contains("Rows Removed")
                    && !line.contains("Heap Fetches")
                    && !line.contains("Memoize")
                    && !line.startsWith("Cache ")
                    && !line.startsWith("Hits:"))
        .map(line -> line.replaceFirst("^->\\s+", ""))
        .toList();
  }
}
