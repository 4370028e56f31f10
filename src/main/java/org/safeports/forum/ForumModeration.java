package org.safeports.forum;

import java.sql.Timestamp;
import java.time.Clock;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.text.MarkdownRenderer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A moderator's steps on one post: hide with a reason, restore, approve or reject a held post,
 * dismiss its flags, edit its text. A topic's state follows its opening post, the counters are
 * recounted from the visible posts, and each step is audited and told to the author.
 */
@Service
class ForumModeration {

  /** The reason stored when enough flags hid a post: dismissing the flags then restores it. */
  static final String HIDDEN_BY_FLAGS = "hidden by flags";

  private final ForumPostRepository posts;
  private final ForumTopicRepository topics;
  private final ForumCategoryRepository categories;
  private final ForumCounters counters;
  private final ForumPosting posting;
  private final ForumModerationLog log;
  private final MarkdownRenderer markdown;
  private final JdbcClient jdbc;
  private final Clock clock;

  ForumModeration(
      ForumPostRepository posts,
      ForumTopicRepository topics,
      ForumCategoryRepository categories,
      ForumCounters counters,
      ForumPosting posting,
      ForumModerationLog log,
      MarkdownRenderer markdown,
      JdbcClient jdbc,
      Clock clock) {
    this.posts = posts;
    this.topics = topics;
    this.categories = categories;
    this.counters = counters;
    this.posting = posting;
    this.log = log;
    this.markdown = markdown;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A post as a moderator sees it, with its topic: for the edit form. */
  record Moderated(
      long id, int number, String authorName, String markdown, long topicId, String topicTitle) {}

  @Transactional(readOnly = true)
  Moderated forModerator(ForumReader moderator, long postId) {
    ForumPost post = post(moderator, postId);
    ForumTopic topic = topics.findById(post.topicId()).orElseThrow();
    return new Moderated(
        post.id(),
        post.number(),
        post.authorName(),
        post.bodyMarkdown(),
        topic.id(),
        topic.title());
  }

  @Transactional
  void hide(ForumReader moderator, long postId, String reason) {
    ForumPost post = post(moderator, postId);
    if (post.state() != PostState.VISIBLE && post.state() != PostState.HIDDEN) {
      throw new ForumRefused("forum.mod.refused.notVisible");
    }
    int flags = resolveFlags(post.id(), moderator.accountId(), "UPHELD");
    changeState(post, PostState.HIDDEN, reason, AuditAction.FORUM_POST_HIDDEN, flags);
    tell(moderator, post, "hidden", reason);
  }

  @Transactional
  void restore(ForumReader moderator, long postId) {
    ForumPost post = post(moderator, postId);
    if (post.state() != PostState.HIDDEN) {
      throw new ForumRefused("forum.mod.refused.notHidden");
    }
    int flags = resolveFlags(post.id(), moderator.accountId(), "DISMISSED");
    changeState(post, PostState.VISIBLE, null, AuditAction.FORUM_POST_RESTORED, flags);
    tell(moderator, post, "restored", null);
  }

  /** The flags were wrong: they are closed, and a post they alone hid is shown again. */
  @Transactional
  void dismiss(ForumReader moderator, long postId) {
    ForumPost post = post(moderator, postId);
    int flags = resolveFlags(post.id(), moderator.accountId(), "DISMISSED");
    if (post.state() == PostState.HIDDEN && HIDDEN_BY_FLAGS.equals(post.hiddenReason())) {
      changeState(post, PostState.VISIBLE, null, AuditAction.FORUM_FLAGS_DISMISSED, flags);
      tell(moderator, post, "restored", null);
    } else {
      log.audit(
          AuditAction.FORUM_FLAGS_DISMISSED,
          post.id(),
          null,
          null,
          AuditEntry.fields("flags", flags));
    }
  }

  @Transactional
  void approve(ForumReader moderator, long postId) {
    ForumPost post = post(moderator, postId);
    if (post.state() != PostState.HELD) {
      throw new ForumRefused("forum.mod.refused.notHeld");
    }
    ForumTopic topic =
        changeState(post, PostState.VISIBLE, null, AuditAction.FORUM_POST_APPROVED, 0);
    posting.announceApproved(post, topic, audienceOf(topic));
    tell(moderator, post, "approved", null);
  }

  @Transactional
  void reject(ForumReader moderator, long postId, String reason) {
    ForumPost post = post(moderator, postId);
    if (post.state() != PostState.HELD) {
      throw new ForumRefused("forum.mod.refused.notHeld");
    }
    changeState(post, PostState.DELETED, reason, AuditAction.FORUM_POST_REJECTED, 0);
    tell(moderator, post, "rejected", reason);
  }

  /** A moderator's correction; the earlier text is kept as a revision, as an author's edit is. */
  @Transactional
  void edit(ForumReader moderator, long postId, String text, String reason) {
    ForumPost post = post(moderator, postId);
    jdbc.sql(
            "insert into forum_post_revision (post_id, body_markdown, editor_account_id,"
                + " editor_name, created_at) values (:post, :body, :editor, :name, :at)")
        .param("post", post.id())
        .param("body", post.bodyMarkdown())
        .param("editor", moderator.accountId())
        .param("name", moderator.name())
        .param("at", Timestamp.from(clock.instant()))
        .update();
    post.write(text, posting.render(text), markdown.plainText(text));
    post.edited(clock.instant());
    log.search().text(post);
    log.audit(
        AuditAction.FORUM_POST_EDITED,
        post.id(),
        null,
        null,
        reason == null ? null : AuditEntry.fields("reason", reason));
    tell(moderator, post, "edited", reason);
  }

  /** Enough readers flagged a visible post: hidden until a moderator looks (in the flag's step). */
  void hideByFlags(ForumPost post, int flags) {
    changeState(post, PostState.HIDDEN, HIDDEN_BY_FLAGS, AuditAction.FORUM_POST_HIDDEN, flags);
    log.tell(post.authorAccountId(), null, "hiddenByFlags", "", titleOf(post), pathOf(post));
  }

  private ForumTopic changeState(
      ForumPost post, PostState state, String reason, AuditAction action, int flags) {
    ForumTopic topic = topics.findById(post.topicId()).orElseThrow();
    PostState before = post.state();
    post.state(state, reason);
    if (post.number() == 1) {
      topic.state(state);
    }
    // The counters are kept in SQL: the entities' changes go first.
    posts.flush();
    counters.recount(topic.id());
    log.search().post(post);
    log.audit(
        action,
        post.id(),
        AuditEntry.fields("state", before),
        AuditEntry.fields("state", state),
        AuditEntry.fields("reason", reason, "flags", flags, "topic", topic.id()));
    return topic;
  }

  private int resolveFlags(long postId, Long moderatorId, String resolution) {
    return jdbc.sql(
            "update forum_flag set resolved_at = :at, resolved_by_id = :by, resolution = :res"
                + " where post_id = :post and resolved_at is null")
        .param("at", Timestamp.from(clock.instant()))
        .param("by", moderatorId)
        .param("res", resolution)
        .param("post", postId)
        .update();
  }

  private void tell(ForumReader moderator, ForumPost post, String action, String reason) {
    log.tell(
        post.authorAccountId(), moderator.accountId(), action, reason, titleOf(post), pathOf(post));
  }

  private String titleOf(ForumPost post) {
    return topics.findById(post.topicId()).map(ForumTopic::title).orElse("");
  }

  private static String pathOf(ForumPost post) {
    return "/forum/p/" + post.id();
  }

  private ForumAudience audienceOf(ForumTopic topic) {
    return categories.findById(topic.categoryId()).orElseThrow().audience();
  }

  /** Moderators read every audience, but the lookup still goes through the one rule. */
  private ForumPost post(ForumReader moderator, long postId) {
    if (!moderator.moderator()) {
      throw new NotFoundException();
    }
    return posts.readable(postId, moderator.readableList()).orElseThrow(NotFoundException::new);
  }
}
