package org.safeports.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What visitors see, read with one query per list: each visible item once, in the reader's language
 * when that translation is published, else in its original language.
 */
@Component
@Transactional(readOnly = true)
class ContentQueries {

  /** Columns of a card: the reader's translation if published, else the original's. */
  private static final String CARD_COLUMNS =
      """
      i.id, i.kind, i.topic, i.author_name, i.published_at as shown_at,
      coalesce(t.title, o.title) as title, coalesce(t.slug, o.slug) as slug,
      coalesce(t.summary, o.summary) as summary, coalesce(t.language, o.language) as language,
      (t.id is null) as fallback, i.original_language,
      """
          + LeadImages.COLUMNS;

  private static final String CARD_JOINS =
      """
      from content_item i
      join content_translation o on o.item_id = i.id and o.language = i.original_language
      left join content_translation t on t.item_id = i.id and t.language = :lang
           and (t.status = 'PUBLISHED' or t.language = i.original_language)
      """
          + LeadImages.CARD_JOINS;

  private static final String VISIBLE =
      " i.status = 'PUBLISHED' and (i.publish_at is null or i.publish_at <= :now) ";

  private final JdbcClient jdbc;
  private final Clock clock;

  ContentQueries(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The newest visible news (home page, feeds). */
  List<ContentCard> news(String lang, String topic, int offset, int limit) {
    return jdbc.sql(
            "select "
                + CARD_COLUMNS
                + CARD_JOINS
                + " where i.kind = 'NEWS' and "
                + VISIBLE
                + TOPIC
                + " order by i.published_at desc, i.id desc limit :limit offset :offset")
        .param("lang", lang)
        .param("now", Timestamp.from(clock.instant()))
        .param("topic", topic)
        .param("limit", limit)
        .param("offset", offset)
        .query(ContentQueries::card)
        .list();
  }

  /**
   * A page of the news archive from its first item on ({@link NewsArchive.Start}): the index is
   * entered at that item, so a deep page reads as few entries as the first one.
   */
  List<ContentCard> newsFrom(String lang, String topic, NewsArchive.Start from, int limit) {
    return jdbc.sql(NEWS_PAGE)
        .param("lang", lang)
        .param("now", Timestamp.from(clock.instant()))
        .param("topic", topic)
        .param("at", Timestamp.from(from.publishedAt()))
        .param("id", from.id())
        .param("limit", limit)
        .query(ContentQueries::card)
        .list();
  }

  static final String TOPIC = " and (cast(:topic as varchar) is null or i.topic = :topic)";

  /** A page of the archive, from a start on: the statement {@link #newsFrom} runs. */
  static final String NEWS_PAGE =
      "select "
          + CARD_COLUMNS
          + CARD_JOINS
          + " where i.kind = 'NEWS' and "
          + VISIBLE
          + TOPIC
          + " and (i.published_at, i.id) <= (:at, :id)"
          + " order by i.published_at desc, i.id desc limit :limit";

  /**
   * The first item of every page of the visible news (newest first, {@code size} to a page), read
   * through the list's index alone, and how many there are in all.
   */
  NewsArchive.Starts newsStarts(String topic, int size) {
    List<NewsArchive.Start> starts = new java.util.ArrayList<>();
    long[] total = {0};
    jdbc.sql(
            "select published_at, id, n, total from ("
                + " select i.published_at, i.id,"
                + " row_number() over (order by i.published_at desc, i.id desc) - 1 as n,"
                + " count(*) over () as total"
                + " from content_item i where i.kind = 'NEWS' and "
                + VISIBLE
                + TOPIC
                + ") s where n % :size = 0 order by n")
        .param("now", Timestamp.from(clock.instant()))
        .param("topic", topic)
        .param("size", size)
        .query(
            rs -> {
              starts.add(new NewsArchive.Start(rs.getTimestamp(1).toInstant(), rs.getLong(2)));
              total[0] = rs.getLong(4);
            });
    return new NewsArchive.Starts(total[0], List.copyOf(starts));
  }

  /** Visible pages under a parent (the sections when the parent is null), in order. */
  List<ContentCard> pagesUnder(Long parentId, String lang) {
    // Two forms of the condition, not "is not distinct from": each can use the parent index.
    // The pages at fixed addresses (privacy, accessibility...) are linked from the footer instead.
    String parent =
        parentId == null
            ? " and i.parent_id is null and i.reserved_key is null"
            : " and i.parent_id = :parent";
    return jdbc.sql(
            "select "
                + CARD_COLUMNS
                + CARD_JOINS
                + " where i.kind = 'PAGE' and "
                + VISIBLE
                + parent
                + " order by i.position, i.id")
        .param("lang", lang)
        .param("now", Timestamp.from(clock.instant()))
        .param("parent", parentId)
        .query(ContentQueries::card)
        .list();
  }

  /** The visible ancestors of a page, the section first. */
  List<ContentCard> ancestors(long itemId, String lang) {
    return jdbc.sql(
            "with recursive up(id, depth) as ("
                + " select parent_id, 1 from content_item where id = :id and parent_id is not null"
                + " union all select c.parent_id, up.depth + 1 from content_item c join up on c.id = up.id"
                + " where c.parent_id is not null and up.depth < 10)"
                + " select "
                + CARD_COLUMNS
                + CARD_JOINS
                + " join up on up.id = i.id where "
                + VISIBLE
                + " order by up.depth desc")
        .param("id", itemId)
        .param("lang", lang)
        .param("now", Timestamp.from(clock.instant()))
        .query(ContentQueries::card)
        .list();
  }

  List<ContentCard> relatedNews(long itemId, String topic, String lang, int limit) {
    return jdbc.sql(
            "select "
                + CARD_COLUMNS
                + CARD_JOINS
                + " where i.kind = 'NEWS' and "
                + VISIBLE
                + " and i.id <> :id and i.topic = :topic"
                + " order by i.published_at desc, i.id desc limit :limit")
        .param("lang", lang)
        .param("now", Timestamp.from(clock.instant()))
        .param("id", itemId)
        .param("topic", topic)
        .param("limit", limit)
        .query(ContentQueries::card)
        .list();
  }

  /** Which item a slug names, preferring the reader's language when two languages share it. */
  Optional<SlugHit> findSlug(String slug, String lang) {
    return jdbc.sql(
            "select item_id, language from content_translation where slug = :slug"
                + " order by (language = :lang) desc, language limit 1")
        .param("slug", slug)
        .param("lang", lang)
        .query((rs, n) -> new SlugHit(rs.getLong(1), rs.getString(2)))
        .optional();
  }

  Optional<SlugHit> findOldSlug(String slug, String lang) {
    return jdbc.sql(
            "select item_id, language from content_slug_redirect where slug = :slug"
                + " order by (language = :lang) desc limit 1")
        .param("slug", slug)
        .param("lang", lang)
        .query((rs, n) -> new SlugHit(rs.getLong(1), rs.getString(2)))
        .optional();
  }

  record SlugHit(long itemId, String language) {}

  private static ContentCard card(ResultSet rs, int row) throws SQLException {
    Timestamp shown = rs.getTimestamp("shown_at");
    return new ContentCard(
        rs.getLong("id"),
        ContentKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        rs.getString("slug"),
        rs.getString("summary"),
        rs.getString("language"),
        rs.getBoolean("fallback"),
        rs.getString("topic"),
        rs.getString("author_name"),
        shown == null ? null : shown.toInstant(),
        LeadImages.read(rs, rs.getString("language"), rs.getString("original_language")));
  }
}
