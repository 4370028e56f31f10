package org.safeports.forum;

import java.sql.Timestamp;
import java.time.Clock;
import org.safeports.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers flagging posts. Only a visible post the reader may read can be flagged (anything else is
 * not found), never one's own, and once per reader while the flag is open. When open flags from as
 * many different readers as the settings say have gathered, the post is hidden until reviewed.
 */
@Service
class ForumFlags {

  /** The post a flag form is about, and whether this reader may still flag it. */
  record Target(
      long postId,
      long topicId,
      int number,
      String topicTitle,
      String authorName,
      String excerpt,
      boolean own,
      boolean alreadyFlagged) {

    public boolean flaggable() {
      return !own && !alreadyFlagged;
    }
  }

  private final ForumPostRepository posts;
  private final ForumTopicRepository topics;
  private final ForumModeration moderation;
  private final ForumSettings settings;
  private final JdbcClient jdbc;
  private final Clock clock;

  ForumFlags(
      ForumPostRepository posts,
      ForumTopicRepository topics,
      ForumModeration moderation,
      ForumSettings settings,
      JdbcClient jdbc,
      Clock clock) {
    this.posts = posts;
    this.topics = topics;
    this.moderation = moderation;
    this.settings = settings;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  Target target(ForumReader reader, long postId) {
    ForumPost post = flaggablePost(reader, postId);
    ForumTopic topic = topics.findById(post.topicId()).orElseThrow();
    String text = post.bodyText();
    return new Target(
        post.id(),
        topic.id(),
        post.number(),
        topic.title(),
        post.authorName(),
        text.length() > 280 ? text.substring(0, 280) + "…" : text,
        post.authorAccountId() == reader.accountId(),
        openFlagOf(reader.accountId(), post.id()));
  }

  /** Records the flag; hides the post when it is the one that reaches the threshold. */
  @Transactional
  void flag(ForumReader reader, long postId, FlagReason reason, String note) {
    // Two flags at once: the second counts after the first, so the post is hidden only once.
    jdbc.sql("select id from forum_post where id = :id for update")
        .param("id", postId)
        .query(Long.class)
        .optional();
    ForumPost post = flaggablePost(reader, postId);
    if (post.authorAccountId() == reader.accountId()) {
      throw new ForumModerationRefused(null, "forum.flag.own");
    }
    int inserted =
        jdbc.sql(
                "insert into forum_flag (post_id, account_id, reason, note, created_at)"
                    + " values (:post, :account, :reason, :note, :at) on conflict do nothing")
            .param("post", post.id())
            .param("account", reader.accountId())
            .param("reason", reason.name())
            .param("note", note)
            .param("at", Timestamp.from(clock.instant()))
            .update();
    if (inserted == 0) {
      throw new ForumModerationRefused(null, "forum.flag.already");
    }
    int flaggers =
        jdbc.sql(
                "select count(distinct account_id)::int from forum_flag"
                    + " where post_id = :post and resolved_at is null")
            .param("post", post.id())
            .query(Integer.class)
            .single();
    if (flaggers >= settings.current().flagsToHide() && post.state() == PostState.VISIBLE) {
      moderation.hideByFlags(post, flaggers);
    }
  }

  private boolean openFlagOf(long accountId, long postId) {
    return jdbc.sql(
                "select count(*) from forum_flag where post_id = :post and account_id = :account"
                    + " and resolved_at is null")
            .param("post", postId)
            .param("account", accountId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The post, when the reader may read it and it is shown; not found otherwise. */
  private ForumPost flaggablePost(ForumReader reader, long postId) {
    if (!reader.signedIn()) {
      throw new NotFoundException();
    }
    ForumPost post =
        posts.readable(postId, reader.readableList()).orElseThrow(NotFoundException::new);
    ForumTopic topic = topics.findById(post.topicId()).orElseThrow();
    if (post.state() != PostState.VISIBLE || topic.state() != PostState.VISIBLE) {
      throw new NotFoundException();
    }
    return post;
  }
}
