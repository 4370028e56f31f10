package org.safeports.forum;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safeports.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a topic: the page of posts a reader asked for, the post a link points at, the first post
 * they have not read, a post to quote, and a post's earlier texts. Every query joins the category
 * as {@code c} with {@link ForumAudience#SQL_PREDICATE}; what the reader may not read is not found.
 * A page costs the same few statements whatever the topic's length: posts are taken by keyset on
 * their number (the topic's unique index), never by offset.
 */
@Service
class ForumTopicReading {

  static final int PAGE_SIZE = 20;

  private static final String TOPIC_SQL =
      """
      select t.id, t.title, t.slug, t.language, t.state, t.pinned, t.locked, t.closed,
             t.merged_into_id, t.author_account_id, t.post_count, c.audience, c.slug as c_slug,
             (select x.name from forum_category_text x where x.category_id = c.id
               order by (x.language = :lang) desc, (x.language = 'en') desc, x.language
               limit 1) as c_name,
             pc.slug as p_slug,
             (select x.name from forum_category_text x where x.category_id = pc.id
               order by (x.language = :lang) desc, (x.language = 'en') desc, x.language
               limit 1) as p_name
        from forum_topic t
        join forum_category c on c.id = t.category_id
        left join forum_category pc on pc.id = c.parent_id
       where t.id = :id and
      """
          + ForumAudience.SQL_PREDICATE;

  /** The posts a reader is shown: held posts only to their author and to moderators. */
  private static final String SHOWN = "(p.state <> 'HELD' or p.author_account_id = :me or :mod)";

  private static final String POSTS_SQL =
      """
      select p.id, p.number, p.author_account_id, p.author_name, p.language, p.body_html,
             p.state, p.hidden_reason, p.edited_at, p.created_at, m.handle
        from forum_post p
        join forum_topic t on t.id = p.topic_id
        join forum_category c on c.id = t.category_id
        left join forum_member m on m.account_id = p.author_account_id
       where p.topic_id = :topic and p.number >= :from and
      """
          + SHOWN
          + " and "
          + ForumAudience.SQL_PREDICATE
          + " order by p.number limit :limit";

  private static final String PAGES_SQL =
      """
      select (select min(number) from (select p.number from forum_post p
                where p.topic_id = :topic and p.number < :from and %1$s
                order by p.number desc limit :size) b) as previous,
             (select min(number) from (select p.number from forum_post p
                where p.topic_id = :topic and %1$s
                order by p.number desc limit :size) l) as last
      """
          .formatted(SHOWN);

  private static final String ATTACHMENTS_SQL =
      """
      select a.id, a.post_id, a.file_name, a.media_type, a.size_bytes, a.image
        from forum_attachment a
        join forum_post p on p.id = a.post_id
        join forum_topic t on t.id = p.topic_id
        join forum_category c on c.id = t.category_id
       where a.post_id in (:posts) and
      """
          + ForumAudience.SQL_PREDICATE
          + " order by a.post_id, a.id";

  private final JdbcClient jdbc;
  private final ForumReadingState state;
  private final ForumSettings settings;
  private final Clock clock;

  ForumTopicReading(JdbcClient jdbc, ForumReadingState state, ForumSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.state = state;
    this.settings = settings;
    this.clock = clock;
  }

  static SqlArrayValue readable(ForumReader reader) {
    return new SqlArrayValue("varchar", (Object[]) reader.readableNames());
  }

  /** The topic, when the reader may read it and its state lets them see it. */
  TopicRows.TopicRow topic(ForumReader reader, long topicId, String language) {
    TopicRows.TopicRow row =
        jdbc.sql(TOPIC_SQL)
            .param("id", topicId)
            .param("lang", language)
            .param("readable", readable(reader))
            .query(TopicRows::topicRow)
            .optional()
            .orElseThrow(NotFoundException::new);
    if (!TopicRows.seesTopic(reader, row.topic())) {
      throw new NotFoundException();
    }
    return row;
  }

  /**
   * One page of a topic from post number {@code from}, with the reader's reading recorded: the
   * posts, the breadcrumbs, the other pages, and where the posts new to them begin.
   */
  @Transactional
  TopicPage page(ForumReader reader, TopicRows.TopicRow row, int from) {
    TopicPage.Topic topic = row.topic();
    List<TopicRows.PostRow> rows =
        jdbc.sql(POSTS_SQL)
            .param("topic", topic.id())
            .param("from", Math.max(1, from))
            .param("me", reader.accountId() == null ? -1L : reader.accountId())
            .param("mod", reader.moderator())
            .param("readable", readable(reader))
            .param("limit", PAGE_SIZE + 1)
            .query(TopicRows::postRow)
            .list();
    Integer next = rows.size() > PAGE_SIZE ? rows.get(PAGE_SIZE).number() : null;
    List<TopicRows.PostRow> shown = rows.subList(0, Math.min(PAGE_SIZE, rows.size()));
    Integer[] around =
        jdbc.sql(PAGES_SQL)
            .param("topic", topic.id())
            .param("from", Math.max(1, from))
            .param("me", reader.accountId() == null ? -1L : reader.accountId())
            .param("mod", reader.moderator())
            .param("size", PAGE_SIZE)
            .query((rs, n) -> new Integer[] {intOrNull(rs, "previous"), intOrNull(rs, "last")})
            .single();
    int first = shown.isEmpty() ? Math.max(1, from) : shown.get(0).number();
    Integer last = around[1] != null && around[1] > first ? around[1] : null;
    Map<Long, List<TopicPage.Attachment>> files = attachments(reader, shown);
    ForumReadingState.Seen seen = state.seen(reader, topic.id(), shown);
    Instant editableSince =
        clock.instant().minus(Duration.ofMinutes(settings.current().editWindowMinutes()));
    List<TopicPage.Post> posts = new ArrayList<>();
    for (TopicRows.PostRow p : shown) {
      posts.add(
          TopicRows.view(reader, topic, p, files.getOrDefault(p.id(), List.of()), editableSince));
    }
    return new TopicPage(
        topic,
        TopicRows.crumbs(row),
        posts,
        new TopicPage.Pages(first, around[0], next, last),
        seen.firstNew(),
        reader.mayPost(row.audience()) && topic.open() && topic.state() == PostState.VISIBLE
            || reader.moderator() && reader.signedIn(),
        reader.moderator(),
        seen.recorded());
  }

  /** Where a post is: its topic's page that starts at it. Hidden from the reader: not found. */
  TopicRows.Target post(ForumReader reader, long postId) {
    Object[] found =
        jdbc.sql(
                "select p.topic_id, p.number, p.state, p.author_account_id, t.slug"
                    + " from forum_post p join forum_topic t on t.id = p.topic_id"
                    + " join forum_category c on c.id = t.category_id where p.id = :id and "
                    + ForumAudience.SQL_PREDICATE)
            .param("id", postId)
            .param("readable", readable(reader))
            .query(
                (rs, n) ->
                    new Object[] {
                      rs.getLong(1),
                      rs.getInt(2),
                      PostState.valueOf(rs.getString(3)),
                      rs.getLong(4),
                      rs.getString(5)
                    })
            .optional()
            .orElseThrow(NotFoundException::new);
    if (found[2] == PostState.HELD
        && !reader.moderator()
        && !((Long) found[3]).equals(reader.accountId())) {
      throw new NotFoundException();
    }
    long topicId = (Long) found[0];
    topic(reader, topicId, "en");
    return new TopicRows.Target("/forum/t/" + topicId + "/" + found[4], (Integer) found[1]);
  }

  /** The first post this reader has not read yet, or the last post when they have read them all. */
  TopicRows.Target firstUnread(ForumReader reader, TopicRows.TopicRow row) {
    TopicPage.Topic topic = row.topic();
    int read = state.lastRead(reader, topic.id());
    Optional<Integer> next =
        jdbc.sql(
                "select min(p.number) from forum_post p where p.topic_id = :topic"
                    + " and p.number > :read and "
                    + SHOWN)
            .param("topic", topic.id())
            .param("read", read)
            .param("me", reader.accountId() == null ? -1L : reader.accountId())
            .param("mod", reader.moderator())
            .query(Integer.class)
            .optional();
    int number =
        next.orElseGet(
            () ->
                jdbc.sql(
                        "select coalesce(max(p.number), 1) from forum_post p"
                            + " where p.topic_id = :topic and "
                            + SHOWN)
                    .param("topic", topic.id())
                    .param("me", reader.accountId() == null ? -1L : reader.accountId())
                    .param("mod", reader.moderator())
                    .query(Integer.class)
                    .single());
    return new TopicRows.Target(topic.path(), number);
  }

  /** A quotable post: readable, and visible to everyone who reads the topic. */
  Optional<TopicRows.Quoted> quotable(ForumReader reader, long postId) {
    return jdbc.sql(
            "select p.author_name, p.body_markdown from forum_post p"
                + " join forum_topic t on t.id = p.topic_id"
                + " join forum_category c on c.id = t.category_id"
                + " where p.id = :id and p.state = 'VISIBLE' and t.state = 'VISIBLE' and "
                + ForumAudience.SQL_PREDICATE)
        .param("id", postId)
        .param("readable", readable(reader))
        .query((rs, n) -> new TopicRows.Quoted(rs.getString(1), rs.getString(2)))
        .optional();
  }

  private Map<Long, List<TopicPage.Attachment>> attachments(
      ForumReader reader, List<TopicRows.PostRow> posts) {
    if (posts.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql(ATTACHMENTS_SQL)
        .param("posts", posts.stream().map(TopicRows.PostRow::id).toList())
        .param("readable", readable(reader))
        .query(
            (rs, n) ->
                new TopicPage.Attachment(
                    rs.getLong("id"),
                    rs.getLong("post_id"),
                    rs.getString("file_name"),
                    rs.getString("media_type"),
                    rs.getLong("size_bytes"),
                    rs.getBoolean("image")))
        .list()
        .stream()
        .collect(Collectors.groupingBy(TopicPage.Attachment::postId));
  }

  private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }
}
