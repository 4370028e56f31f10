package org.safeports.forum;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.safeports.forum.ForumListRows.PostRow;
import org.safeports.forum.ForumListRows.Slice;
import org.safeports.forum.ForumListRows.TopicRow;
import org.safeports.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forum's lists of topics and posts: a category's topics, the latest topics, a reader's unread
 * topics and a person's activity. Every query joins the category as {@code c} and carries {@link
 * ForumAudience#SQL_PREDICATE}; lists are paged by keyset on (latest activity, id), never by
 * offset, so that a page costs the same however deep it is.
 */
@Service
class ForumTopicLists {

  static final int TOPICS_PER_PAGE = 30;
  static final int LATEST_ON_HOME = 10;
  static final int POSTS_PER_PAGE = 30;

  /** Listed to everyone: visible topics that were not merged into another. */
  private static final String LISTED = " t.state = 'VISIBLE' and t.merged_into_id is null ";

  private final JdbcClient jdbc;

  ForumTopicLists(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A category's topics by latest activity, from a keyset position. Pinned topics are not in it:
   * {@link #pinned} lists them above the first page.
   */
  @Transactional(readOnly = true)
  Slice<TopicRow> topics(ForumReader reader, long categoryId, String before, String language) {
    Optional<TopicKeyset> from = TopicKeyset.parse(before);
    String sql =
        ForumListSql.TOPIC_COLUMNS
            + " where t.category_id = :category and not t.pinned and t.last_post_at is not null"
            + " and "
            + shownTo(reader)
            + " and "
            + ForumAudience.SQL_PREDICATE
            + (from.isPresent() ? " and (t.last_post_at, t.id) < (:at, :id)" : "")
            + " order by t.last_post_at desc, t.id desc limit :limit";
    return Slice.of(
        topicQuery(sql, reader, language, from)
            .param("category", categoryId)
            .param("limit", TOPICS_PER_PAGE + 1)
            .query(ForumListSql::topic)
            .list(),
        TOPICS_PER_PAGE,
        t -> t.keyset().text());
  }

  /** A category's pinned topics, and those still waiting for a moderator (to their author). */
  @Transactional(readOnly = true)
  List<TopicRow> pinnedAndWaiting(ForumReader reader, long categoryId, String language) {
    String sql =
        ForumListSql.TOPIC_COLUMNS
            + " where t.category_id = :category and (t.pinned or t.last_post_at is null) and "
            + shownTo(reader)
            + " and "
            + ForumAudience.SQL_PREDICATE
            + " order by t.last_post_at is null desc, t.last_post_at desc, t.id desc limit :limit";
    return topicQuery(sql, reader, language, Optional.empty())
        .param("category", categoryId)
        .param("limit", TOPICS_PER_PAGE)
        .query(ForumListSql::topic)
        .list();
  }

  /** The latest topics across every category the reader may read. */
  @Transactional(readOnly = true)
  Slice<TopicRow> latest(ForumReader reader, String before, String language, int size) {
    Optional<TopicKeyset> from = TopicKeyset.parse(before);
    String sql =
        ForumListSql.TOPIC_COLUMNS
            + " where "
            + LISTED
            + " and t.last_post_at is not null and "
            + ForumAudience.SQL_PREDICATE
            + (from.isPresent() ? " and (t.last_post_at, t.id) < (:at, :id)" : "")
            + " order by t.last_post_at desc, t.id desc limit :limit";
    return Slice.of(
        topicQuery(sql, reader, language, from)
            .param("limit", size + 1)
            .query(ForumListSql::topic)
            .list(),
        size,
        t -> t.keyset().text());
  }

  /** The reader's topics with posts they have not read, newest first. */
  @Transactional(readOnly = true)
  Slice<TopicRow> unread(ForumReader reader, String before, String language) {
    Optional<TopicKeyset> from = TopicKeyset.parse(before);
    String sql =
        ForumListSql.TOPIC_COLUMNS
            + " where "
            + LISTED
            + " and "
            + ForumListSql.UNREAD
            + " and "
            + ForumAudience.SQL_PREDICATE
            + (from.isPresent() ? " and (t.last_post_at, t.id) < (:at, :id)" : "")
            + " order by t.last_post_at desc, t.id desc limit :limit";
    return Slice.of(
        topicQuery(sql, reader, language, from)
            .param("limit", TOPICS_PER_PAGE + 1)
            .query(ForumListSql::topic)
            .list(),
        TOPICS_PER_PAGE,
        t -> t.keyset().text());
  }

  /** Marks every unread topic the reader may read as read to its last post; how many. */
  @Transactional
  int markAllRead(ForumReader reader) {
    return jdbc.sql(
            """
            insert into forum_read (account_id, topic_id, last_read_number, read_at)
            select :account, t.id, t.last_post_number, now()
              from forum_topic t
              join forum_category c on c.id = t.category_id
              left join forum_read r on r.topic_id = t.id and r.account_id = :account
             where """
                + LISTED
                + " and "
                + ForumListSql.UNREAD
                + " and "
                + ForumAudience.SQL_PREDICATE
                + """
             on conflict (account_id, topic_id) do update
                set last_read_number = greatest(forum_read.last_read_number,
                                                excluded.last_read_number),
                    read_at = excluded.read_at
            """)
        .param("account", reader.accountId())
        .param("readable", reader.readableNames())
        .update();
  }

  /** A person known to the forum by their handle. */
  record Person(long accountId, String handle) {}

  @Transactional(readOnly = true)
  Person person(String handle) {
    return jdbc.sql("select account_id, handle from forum_member where handle = :handle")
        .param("handle", handle == null ? "" : handle.toLowerCase(java.util.Locale.ROOT))
        .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2)))
        .optional()
        .orElseThrow(NotFoundException::new);
  }

  /** The topics a person started, in the categories the reader may read; the latest first. */
  @Transactional(readOnly = true)
  List<TopicRow> topicsBy(ForumReader reader, long authorId, String language) {
    String sql =
        ForumListSql.TOPIC_COLUMNS
            + " where t.author_account_id = :author and "
            + LISTED
            + " and t.last_post_at is not null and "
            + ForumAudience.SQL_PREDICATE
            + " order by t.created_at desc, t.id desc limit :limit";
    return topicQuery(sql, reader, language, Optional.empty())
        .param("author", authorId)
        .param("limit", LATEST_ON_HOME)
        .query(ForumListSql::topic)
        .list();
  }

  /** A person's visible posts in the categories the reader may read, newest first, by post id. */
  @Transactional(readOnly = true)
  Slice<PostRow> postsBy(ForumReader reader, long authorId, Long beforeId) {
    return Slice.of(
        jdbc.sql(
                """
                select p.id, p.number, left(p.body_text, 240), p.language, p.created_at,
                       t.id, t.title, t.slug, t.language
                  from forum_post p
                  join forum_topic t on t.id = p.topic_id
                  join forum_category c on c.id = t.category_id
                 where p.author_account_id = :author and p.state = 'VISIBLE' and p.id < :before
                   and """
                    + LISTED
                    + " and "
                    + ForumAudience.SQL_PREDICATE
                    + " order by p.id desc limit :limit")
            .param("author", authorId)
            .param("before", beforeId == null ? Long.MAX_VALUE : beforeId)
            .param("readable", reader.readableNames())
            .param("limit", POSTS_PER_PAGE + 1)
            .query(
                (rs, n) ->
                    new PostRow(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        ForumListSql.instant(rs, 5),
                        rs.getLong(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)))
            .list(),
        POSTS_PER_PAGE,
        p -> String.valueOf(p.id()));
  }

  /**
   * Everyone sees the listed topics; an author also sees their own topics held for a moderator;
   * moderators see every topic, hidden and deleted ones too (the page marks them).
   */
  private static String shownTo(ForumReader reader) {
    if (reader.moderator()) {
      return " t.merged_into_id is null ";
    }
    return " t.merged_into_id is null and (t.state = 'VISIBLE' or (t.state = 'HELD'"
        + " and t.author_account_id = :account)) ";
  }

  private JdbcClient.StatementSpec topicQuery(
      String sql, ForumReader reader, String language, Optional<TopicKeyset> from) {
    JdbcClient.StatementSpec spec =
        jdbc.sql(sql)
            .param("account", reader.accountId() == null ? -1L : reader.accountId())
            .param("lang", language)
            .param("readable", reader.readableNames());
    if (from.isPresent()) {
      spec = spec.param("at", Timestamp.from(from.get().at())).param("id", from.get().id());
    }
    return spec;
  }
}
