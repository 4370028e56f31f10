package org.safeports.forum;

import org.safeports.search.SearchItemChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the site search which posts may look different to it after a step, in the step's
 * transaction: one post; every post of a topic (its opening post's state is the topic's, a move
 * changes their audience); every post of a category whose audience changed. The search reads each
 * post again from {@link ForumSearchSource}.
 */
@Component
class ForumSearchChanges {

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  ForumSearchChanges(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /** A post's text or state changed; an opening post's state is its whole topic's. */
  void post(ForumPost post) {
    if (post.number() == 1) {
      topic(post.topicId());
    } else {
      announce(post.id());
    }
  }

  /** A post's text changed (an edit): only that post. */
  void text(ForumPost post) {
    announce(post.id());
  }

  /** The topic's posts: it moved, was merged, split, or its opening post's state changed. */
  void topic(long topicId) {
    jdbc.sql("select id from forum_post where topic_id = :topic order by id")
        .param("topic", topicId)
        .query((RowCallbackHandler) rs -> announce(rs.getLong(1)));
  }

  /** Every post in the category: its audience changed. */
  void category(long categoryId) {
    jdbc.sql(
            """
            select p.id from forum_post p join forum_topic t on t.id = p.topic_id
            where t.category_id = :category order by p.id
            """)
        .param("category", categoryId)
        .query((RowCallbackHandler) rs -> announce(rs.getLong(1)));
  }

  private void announce(long postId) {
    events.publishEvent(new SearchItemChanged(ForumSearchSource.NAME, Long.toString(postId)));
  }
}
