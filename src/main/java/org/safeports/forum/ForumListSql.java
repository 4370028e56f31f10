package org.safeports.forum;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import org.safeports.forum.ForumListRows.CategoryRow;
import org.safeports.forum.ForumListRows.LatestLine;
import org.safeports.forum.ForumListRows.TopicRow;

/**
 * What the forum's lists share: the category's name in the reader's language, the unread rule, the
 * topic columns, and the mapping of rows. Every query built on these joins the category as {@code
 * c} and adds {@link ForumAudience#SQL_PREDICATE}.
 */
final class ForumListSql {

  private ForumListSql() {}

  /** The name of a category in the reader's language, else English, else any it has. */
  static final String CATEGORY_TEXT =
      """
      left join lateral (select x.name, x.description, x.language from forum_category_text x
                          where x.category_id = c.id
                          order by (x.language = :lang) desc, (x.language = 'en') desc, x.language
                          limit 1) ct on true
      """;

  /**
   * Whether a topic has posts past what the reader read: a topic they opened and have not read to
   * its end, or one they never opened that moved on after they joined the forum.
   */
  static final String UNREAD =
      """
      (t.last_post_number is not null and (
         (r.last_read_number is not null and r.last_read_number < t.last_post_number)
         or (r.last_read_number is null and t.last_post_at >
             (select fm.created_at from forum_member fm where fm.account_id = :account))))
      """;

  static final String TOPIC_COLUMNS =
      """
      select t.id, t.title, t.slug, t.language, t.author_name, m.handle, t.post_count,
             t.created_at, t.last_post_number, t.last_post_at, t.last_post_author_name,
             t.pinned, t.locked, t.closed, t.state, c.slug as category_slug,
             ct.name as category_name, ct.language as category_language,
      """
          + UNREAD
          + """
           as unread
            from forum_topic t
            join forum_category c on c.id = t.category_id
            left join forum_member m on m.account_id = t.author_account_id
            left join forum_read r on r.topic_id = t.id and r.account_id = :account
          """
          + CATEGORY_TEXT;

  /** Listed to everyone: visible topics that were not merged into another. */
  static final String LISTED = " t.state = 'VISIBLE' and t.merged_into_id is null ";

  static CategoryRow category(ResultSet rs, int n) throws SQLException {
    Long lastTopic = rs.getObject(10, Long.class);
    LatestLine latest =
        lastTopic == null || rs.getString(11) == null || rs.getTimestamp(14) == null
            ? null
            : new LatestLine(
                lastTopic,
                rs.getString(11),
                rs.getString(12),
                rs.getInt(13),
                instant(rs, 14),
                rs.getString(15));
    Long parent = rs.getObject(3, Long.class);
    return new CategoryRow(
        rs.getLong(1),
        rs.getString(2),
        parent,
        ForumAudience.valueOf(rs.getString(4)),
        Objects.requireNonNullElse(rs.getString(5), rs.getString(2)),
        Objects.requireNonNullElse(rs.getString(6), ""),
        rs.getString(7),
        rs.getInt(8),
        rs.getInt(9),
        latest);
  }

  static TopicRow topic(ResultSet rs, int n) throws SQLException {
    Instant lastAt = instant(rs, "last_post_at");
    Integer lastNumber = rs.getObject("last_post_number", Integer.class);
    LatestLine latest =
        lastAt == null || lastNumber == null
            ? null
            : new LatestLine(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("slug"),
                lastNumber,
                lastAt,
                rs.getString("last_post_author_name"));
    return new TopicRow(
        rs.getLong("id"),
        rs.getString("title"),
        rs.getString("slug"),
        rs.getString("language"),
        rs.getString("author_name"),
        rs.getString("handle"),
        rs.getInt("post_count"),
        instant(rs, "created_at"),
        latest,
        rs.getBoolean("pinned"),
        rs.getBoolean("locked"),
        rs.getBoolean("closed"),
        PostState.valueOf(rs.getString("state")),
        rs.getString("category_slug"),
        rs.getString("category_name"),
        rs.getString("category_language"),
        rs.getBoolean("unread"));
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }
}
