package org.safeports.forum;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for the forum's moderators: posts with open flags (counted per reason, with the
 * readers' notes), oldest flag first, and new accounts' posts held for approval, oldest first. A
 * fixed number of statements whatever the size of the queue.
 */
@Service
public class ForumModerationQueue {

  /** At most this many items of each kind on the page: the oldest, which are the most urgent. */
  static final int LIMIT = 100;

  private static final String CATEGORY_NAME =
      " left join lateral (select name from forum_category_text x where x.category_id = c.id"
          + " order by (x.language = :lang) desc, (x.language = 'es') desc,"
          + " (x.language = 'en') desc limit 1) ct on true";

  record Note(FlagReason reason, String text) {}

  record Flagged(
      long postId,
      long topicId,
      int number,
      String topicTitle,
      String categoryName,
      String authorName,
      String excerpt,
      PostState state,
      boolean hiddenByFlags,
      Map<FlagReason, Integer> counts,
      Instant firstFlagAt,
      List<Note> notes) {}

  record Held(
      long postId,
      long topicId,
      int number,
      String topicTitle,
      String categoryName,
      String authorName,
      String excerpt,
      Instant createdAt) {}

  private final JdbcClient jdbc;
  private final ForumReaders readers;

  ForumModerationQueue(JdbcClient jdbc, ForumReaders readers) {
    this.jdbc = jdbc;
    this.readers = readers;
  }

  /** How many posts wait for a moderator (flagged or held), for the secretariat's dashboard. */
  @Transactional(readOnly = true)
  public long waiting() {
    ForumReader reader = readers.current();
    // The held posts and the open flags each from their partial index, then the audience: an "or"
    // of the two read every post of the forum (270 ms with 100,000 posts, against 0.05 ms).
    return jdbc.sql(
            "select count(*) from (select id from forum_post where state = 'HELD'"
                + " union select post_id from forum_flag where resolved_at is null) w"
                + " join forum_post p on p.id = w.id"
                + " join forum_topic t on t.id = p.topic_id"
                + " join forum_category c on c.id = t.category_id"
                + " where "
                + ForumAudience.SQL_PREDICATE)
        .param("readable", reader.readableNames())
        .query(Long.class)
        .single();
  }

  @Transactional(readOnly = true)
  List<Flagged> flagged(ForumReader reader, String language) {
    List<Flagged> rows =
        jdbc.sql(
                "select p.id, p.topic_id, p.number, t.title, ct.name, p.author_name,"
                    + " left(p.body_text, 400) as excerpt, p.state, p.hidden_reason,"
                    + " f.spam, f.off_topic, f.abusive, f.sensitive, f.first_at"
                    + " from (select post_id, count(*) filter (where reason = 'SPAM') as spam,"
                    + " count(*) filter (where reason = 'OFF_TOPIC') as off_topic,"
                    + " count(*) filter (where reason = 'ABUSIVE') as abusive,"
                    + " count(*) filter (where reason = 'SENSITIVE') as sensitive,"
                    + " min(created_at) as first_at from forum_flag where resolved_at is null"
                    + " group by post_id) f"
                    + " join forum_post p on p.id = f.post_id"
                    + " join forum_topic t on t.id = p.topic_id"
                    + " join forum_category c on c.id = t.category_id"
                    + CATEGORY_NAME
                    + " where "
                    + ForumAudience.SQL_PREDICATE
                    + " order by f.first_at, p.id limit "
                    + LIMIT)
            .param("readable", reader.readableNames())
            .param("lang", language)
            .query((rs, n) -> flaggedRow(rs))
            .list();
    if (rows.isEmpty()) {
      return rows;
    }
    Map<Long, List<Note>> notes = new HashMap<>();
    jdbc.sql(
            "select f.post_id, f.reason, f.note from forum_flag f"
                + " join forum_post p on p.id = f.post_id"
                + " join forum_topic t on t.id = p.topic_id"
                + " join forum_category c on c.id = t.category_id"
                + " where f.resolved_at is null and f.note is not null and f.post_id in (:ids)"
                + " and "
                + ForumAudience.SQL_PREDICATE
                + " order by f.created_at, f.id")
        .param("ids", rows.stream().map(Flagged::postId).toList())
        .param("readable", reader.readableNames())
        .query(
            (rs, n) -> {
              notes
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(new Note(FlagReason.valueOf(rs.getString(2)), rs.getString(3)));
              return null;
            })
        .list();
    notes.forEach(
        (post, list) ->
            rows.stream().filter(r -> r.postId() == post).forEach(r -> r.notes().addAll(list)));
    return rows;
  }

  @Transactional(readOnly = true)
  List<Held> held(ForumReader reader, String language) {
    return jdbc.sql(
            "select p.id, p.topic_id, p.number, t.title, ct.name, p.author_name,"
                + " left(p.body_text, 400) as excerpt, p.created_at from forum_post p"
                + " join forum_topic t on t.id = p.topic_id"
                + " join forum_category c on c.id = t.category_id"
                + CATEGORY_NAME
                + " where p.state = 'HELD' and "
                + ForumAudience.SQL_PREDICATE
                + " order by p.created_at, p.id limit "
                + LIMIT)
        .param("readable", reader.readableNames())
        .param("lang", language)
        .query(
            (rs, n) ->
                new Held(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getTimestamp(8).toInstant()))
        .list();
  }

  private static Flagged flaggedRow(ResultSet rs) throws SQLException {
    Map<FlagReason, Integer> counts = new java.util.EnumMap<>(FlagReason.class);
    counts.put(FlagReason.SPAM, rs.getInt("spam"));
    counts.put(FlagReason.OFF_TOPIC, rs.getInt("off_topic"));
    counts.put(FlagReason.ABUSIVE, rs.getInt("abusive"));
    counts.put(FlagReason.SENSITIVE, rs.getInt("sensitive"));
    PostState state = PostState.valueOf(rs.getString("state"));
    return new Flagged(
        rs.getLong(1),
        rs.getLong(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString("excerpt"),
        state,
        state == PostState.HIDDEN
            && ForumModeration.HIDDEN_BY_FLAGS.equals(rs.getString("hidden_reason")),
        counts,
        rs.getTimestamp("first_at").toInstant(),
        new ArrayList<>());
  }
}
