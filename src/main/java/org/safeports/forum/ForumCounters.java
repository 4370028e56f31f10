package org.safeports.forum;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The topic and category counters and latest-post lines, kept in SQL inside the transaction that
 * changes a post: post numbers are taken under the topic row's lock, a reply moves the counters on,
 * and anything that hides, restores, moves or merges posts recounts from the visible posts.
 */
@Component
class ForumCounters {

  private final JdbcClient jdbc;

  ForumCounters(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The next post number of a topic; the topic row stays locked until the transaction ends. */
  int takeNumber(long topicId) {
    return jdbc.sql(
            "update forum_topic set last_number = last_number + 1 where id = :id"
                + " returning last_number")
        .param("id", topicId)
        .query(Integer.class)
        .single();
  }

  /**
   * The last of {@code count} new post numbers of a topic, taken at once (posts moved in by a merge
   * or a split); the topic row stays locked until the transaction ends.
   */
  int takeNumbers(long topicId, int count) {
    return jdbc.sql(
            "update forum_topic set last_number = last_number + :count where id = :id"
                + " returning last_number")
        .param("count", count)
        .param("id", topicId)
        .query(Integer.class)
        .single();
  }

  /** A visible post was added at the end of a topic. */
  void replied(long topicId, int number, Instant at, String authorName) {
    jdbc.sql(
            "update forum_topic set post_count = post_count + 1, last_post_number = :number,"
                + " last_post_at = :at, last_post_author_name = :name where id = :id")
        .param("number", number)
        .param("at", java.sql.Timestamp.from(at))
        .param("name", authorName)
        .param("id", topicId)
        .update();
    recountCategoryOf(topicId);
  }

  /** Recount a topic from its visible posts, then its category. */
  void recount(long topicId) {
    jdbc.sql(
            """
            update forum_topic t
               set post_count = c.n,
                   last_post_number = l.number,
                   last_post_at = coalesce(l.created_at, t.created_at),
                   last_post_author_name = l.author_name
              from (select count(*)::int as n from forum_post
                     where topic_id = :id and state = 'VISIBLE') c
              left join lateral (select number, created_at, author_name from forum_post
                     where topic_id = :id and state = 'VISIBLE'
                     order by number desc limit 1) l on true
             where t.id = :id
            """)
        .param("id", topicId)
        .update();
    recountCategoryOf(topicId);
  }

  /** Recount a category from its visible topics (after a topic moved out of it, for instance). */
  void recountCategory(long categoryId) {
    jdbc.sql(
            """
            update forum_category c
               set topic_count = s.topics,
                   post_count = s.posts,
                   last_topic_id = l.id,
                   last_post_at = l.last_post_at,
                   last_post_author_name = l.last_post_author_name
              from (select count(*)::int as topics, coalesce(sum(post_count), 0)::int as posts
                      from forum_topic
                     where category_id = :id and state = 'VISIBLE' and merged_into_id is null) s
              left join lateral (select id, last_post_at, last_post_author_name from forum_topic
                     where category_id = :id and state = 'VISIBLE' and merged_into_id is null
                     order by last_post_at desc nulls last, id desc limit 1) l on true
             where c.id = :id
            """)
        .param("id", categoryId)
        .update();
  }

  private void recountCategoryOf(long topicId) {
    jdbc.sql("select category_id from forum_topic where id = :id")
        .param("id", topicId)
        .query(Long.class)
        .optional()
        .ifPresent(this::recountCategory);
  }
}
