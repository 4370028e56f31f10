package org.safeports.forum;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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

  /** The topic as the page needs it, before the reader's view of it is decided. */
  record TopicRow(
      TopicPage.Topic topic,
      ForumAudience audience,
      Long mergedIntoId,
      String categorySlug,
      String categoryName,
      String parentSlug,
      String parentName) {}

  /** Where a link to a topic lands: its address and the post number to open at. */
  record Target(String path, int number) {

    String address() {
      return path + "?from=" + number + "#post-" + number;
    }
  }

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
  TopicRow topic(ForumReader reader, long topicId, String language) {
    TopicRow row =
        jdbc.sql(TOPIC_SQL)
            .param("id", topicId)
            .param("lang", language)
            .param("readable", readable(reader))
            .query(ForumTopicReading::topicRow)
            .optional()
            .orElseThrow(NotFoundException::new);
    if (!seesTopic(reader, row.topic())) {
      throw new NotFoundException();
    }
    return row;
  }

  /**
   * One page of a topic from post number {@code from}, with the reader's reading recorded: the
   * posts, the breadcrumbs, the other pages, and where the posts new to them begin.
   */
  @Transactional
  TopicPage page(ForumReader reader, TopicRow row, int from) {
    TopicPage.Topic topic = row.topic();
    List<PostRow> rows =
        jdbc.sql(POSTS_SQL)
            .param("topic", topic.id())
            .param("from", Math.max(1, from))
            .param("me", reader.accountId() == null ? -1L : reader.accountId())
            .param("mod", reader.moderator())
            .param("readable", readable(reader))
            .param("limit", PAGE_SIZE + 1)
            .query(ForumTopicReading::postRow)
            .list();
    Integer next = rows.size() > PAGE_SIZE ? rows.get(PAGE_SIZE).number() : null;
    List<PostRow> shown = rows.subList(0, Math.min(PAGE_SIZE, rows.size()));
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
    for (PostRow p : shown) {
      posts.add(view(reader, topic, p, files.getOrDefault(p.id(), List.of()), editableSince));
    }
    return new TopicPage(
        topic,
        crumbs(row),
        posts,
        new TopicPage.Pages(first, around[0], next, last),
        seen.firstNew(),
        reader.mayPost(row.audience()) && topic.open() && topic.state() == PostState.VISIBLE
            || reader.moderator() && reader.signedIn(),
        reader.moderator());
  }

  /** Where a post is: its topic's page that starts at it. Hidden from the reader: not found. */
  Target post(ForumReader reader, long postId) {
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
    return new Target("/forum/t/" + topicId + "/" + found[4], (Integer) found[1]);
  }

  /** The first post this reader has not read yet, or the last post when they have read them all. */
  Target firstUnread(ForumReader reader, TopicRow row) {
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
    return new Target(topic.path(), number);
  }

  /** A quotable post: readable, and visible to everyone who reads the topic. */
  Optional<Quoted> quotable(ForumReader reader, long postId) {
    return jdbc.sql(
            "select p.author_name, p.body_markdown from forum_post p"
                + " join forum_topic t on t.id = p.topic_id"
                + " join forum_category c on c.id = t.category_id"
                + " where p.id = :id and p.state = 'VISIBLE' and t.state = 'VISIBLE' and "
                + ForumAudience.SQL_PREDICATE)
        .param("id", postId)
        .param("readable", readable(reader))
        .query((rs, n) -> new Quoted(rs.getString(1), rs.getString(2)))
        .optional();
  }

  /** A post's author and text, to quote. */
  record Quoted(String authorName, String markdown) {

    /** The post as a Markdown quote under its author's name (the name cannot carry markup). */
    String asMarkdown() {
      String name = authorName.replaceAll("([\\\\`*_\\[\\]<>#!|~])", "\\\\$1");
      String quoted =
          markdown.lines().map(l -> l.isBlank() ? ">" : "> " + l).collect(Collectors.joining("\n"));
      return "> **" + name + "**:\n>\n" + quoted + "\n\n";
    }
  }

  private Map<Long, List<TopicPage.Attachment>> attachments(
      ForumReader reader, List<PostRow> posts) {
    if (posts.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql(ATTACHMENTS_SQL)
        .param("posts", posts.stream().map(PostRow::id).toList())
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

  private static TopicPage.Post view(
      ForumReader reader,
      TopicPage.Topic topic,
      PostRow p,
      List<TopicPage.Attachment> files,
      Instant editableSince) {
    boolean mine = reader.accountId() != null && reader.accountId() == p.authorAccountId();
    boolean showText = seesText(reader, p.state(), mine);
    boolean editable =
        reader.signedIn()
            && p.state() != PostState.DELETED
            && (reader.moderator()
                || mine
                    && (p.state() == PostState.VISIBLE || p.state() == PostState.HELD)
                    && !topic.locked()
                    && p.createdAt().isAfter(editableSince));
    return new TopicPage.Post(
        p.id(),
        p.number(),
        p.authorAccountId(),
        p.authorName(),
        p.handle(),
        p.language(),
        p.createdAt(),
        p.editedAt(),
        p.state(),
        showText ? p.html() : null,
        showText ? p.hiddenReason() : null,
        showText,
        mine,
        editable,
        showText ? files : List.of());
  }

  /** Whether a reader sees the text (and the files) of a post in this state. */
  static boolean seesText(ForumReader reader, PostState state, boolean mine) {
    return switch (state) {
      case VISIBLE -> true;
      case HELD, HIDDEN -> mine || reader.moderator();
      case DELETED -> reader.moderator();
    };
  }

  /** A topic follows its opening post: held or hidden ones only for their author and moderators. */
  static boolean seesTopic(ForumReader reader, TopicPage.Topic topic) {
    boolean mine = reader.accountId() != null && reader.accountId() == topic.authorAccountId();
    return topic.state() == PostState.VISIBLE
        || reader.moderator()
        || mine && topic.state() != PostState.DELETED;
  }

  private static List<TopicPage.Crumb> crumbs(TopicRow row) {
    List<TopicPage.Crumb> crumbs = new ArrayList<>();
    if (row.parentSlug() != null) {
      crumbs.add(new TopicPage.Crumb(row.parentName(), "/forum/c/" + row.parentSlug()));
    }
    crumbs.add(new TopicPage.Crumb(row.categoryName(), "/forum/c/" + row.categorySlug()));
    return crumbs;
  }

  /** A post as it is stored, before the reader's view of it. */
  record PostRow(
      long id,
      int number,
      long authorAccountId,
      String authorName,
      String language,
      String html,
      PostState state,
      String hiddenReason,
      Instant editedAt,
      Instant createdAt,
      String handle) {}

  private static TopicRow topicRow(ResultSet rs, int n) throws SQLException {
    Long merged = rs.getObject("merged_into_id") == null ? null : rs.getLong("merged_into_id");
    return new TopicRow(
        new TopicPage.Topic(
            rs.getLong("id"),
            rs.getString("title"),
            rs.getString("slug"),
            rs.getString("language"),
            PostState.valueOf(rs.getString("state")),
            rs.getBoolean("pinned"),
            rs.getBoolean("locked"),
            rs.getBoolean("closed"),
            rs.getLong("author_account_id"),
            rs.getInt("post_count")),
        ForumAudience.valueOf(rs.getString("audience")),
        merged,
        rs.getString("c_slug"),
        rs.getString("c_name"),
        rs.getString("p_slug"),
        rs.getString("p_name"));
  }

  private static PostRow postRow(ResultSet rs, int n) throws SQLException {
    return new PostRow(
        rs.getLong("id"),
        rs.getInt("number"),
        rs.getLong("author_account_id"),
        rs.getString("author_name"),
        rs.getString("language"),
        rs.getString("body_html"),
        PostState.valueOf(rs.getString("state")),
        rs.getString("hidden_reason"),
        instant(rs.getTimestamp("edited_at")),
        instant(rs.getTimestamp("created_at")),
        rs.getString("handle"));
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }

  private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }
}
