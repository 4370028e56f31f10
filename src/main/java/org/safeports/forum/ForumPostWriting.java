package org.safeports.forum;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.safeports.platform.text.MarkdownRenderer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replying with files, editing and deleting one's own post. An author edits within the settings'
 * window (moderators at any time), and every edit keeps the text it replaced for the moderators; a
 * delete is soft (the post stays in its place, "deleted by the author") and recounts the topic. A
 * moderator's edit of someone else's post is audited and the author is told.
 */
@Service
class ForumPostWriting {

  /** A post as its edit form needs it. */
  record Editable(
      long postId,
      int number,
      long topicId,
      String topicTitle,
      String topicPath,
      String markdown,
      String language,
      int attachments) {}

  /** An earlier text of a post. */
  record Revision(String markdown, String editorName, Instant at) {}

  /** A post's history, for moderators: the text now and every text before it, newest first. */
  record History(Editable post, String authorName, List<Revision> revisions) {}

  private final ForumPosting posting;
  private final ForumPostRepository posts;
  private final ForumTopicRepository topics;
  private final ForumCounters counters;
  private final ForumAttachments attachments;
  private final ForumSettings settings;
  private final MarkdownRenderer markdown;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final ForumSearchChanges search;

  ForumPostWriting(
      ForumPosting posting,
      ForumPostRepository posts,
      ForumTopicRepository topics,
      ForumCounters counters,
      ForumAttachments attachments,
      ForumSettings settings,
      MarkdownRenderer markdown,
      AuditLog audit,
      ApplicationEventPublisher events,
      JdbcClient jdbc,
      Clock clock,
      ForumSearchChanges search) {
    this.posting = posting;
    this.posts = posts;
    this.topics = topics;
    this.counters = counters;
    this.attachments = attachments;
    this.settings = settings;
    this.markdown = markdown;
    this.audit = audit;
    this.events = events;
    this.jdbc = jdbc;
    this.clock = clock;
    this.search = search;
  }

  /** A reply and its files, saved together or not at all. */
  @Transactional
  ForumPosting.Posted reply(
      ForumReader reader,
      long topicId,
      ForumPostForm form,
      List<ForumAttachmentUploads.NewAttachment> files) {
    ForumPosting.Posted posted = posting.reply(reader, topicId, form.body(), form.language());
    attachments.store(posted.postId(), reader.accountId(), files);
    return posted;
  }

  /** The post for its edit form, when the reader may edit it now. */
  @Transactional(readOnly = true)
  Editable editable(ForumReader reader, long postId) {
    ForumPost post = mayEdit(reader, postId);
    ForumTopic topic = topics.findById(post.topicId()).orElseThrow();
    return editableOf(post, topic);
  }

  @Transactional
  Editable edit(
      ForumReader reader,
      long postId,
      ForumPostForm form,
      List<ForumAttachmentUploads.NewAttachment> files) {
    ForumPost post = mayEdit(reader, postId);
    ForumTopic topic = topics.findById(post.topicId()).orElseThrow();
    Instant now = clock.instant();
    jdbc.sql(
            "insert into forum_post_revision (post_id, body_markdown, editor_account_id,"
                + " editor_name, created_at) values (:post, :body, :editor, :name, :at)")
        .param("post", post.id())
        .param("body", post.bodyMarkdown())
        .param("editor", reader.accountId())
        .param("name", reader.name())
        .param("at", Timestamp.from(now))
        .update();
    post.write(form.body(), posting.render(form.body()), markdown.plainText(form.body()));
    post.edited(now);
    search.text(post);
    attachments.store(post.id(), reader.accountId(), files);
    if (post.authorAccountId() != reader.accountId()) {
      audit.record(
          AuditEntry.of(AuditAction.FORUM_POST_EDITED, post.id())
              .detail(Map.of("topic", topic.id(), "number", post.number())));
      events.publishEvent(
          new ForumPostModerated(
              post.authorAccountId(), "edited", null, topic.title(), "/forum/p/" + post.id()));
    }
    return editableOf(post, topic);
  }

  /** The author takes their post back: it keeps its place, marked as deleted by them. */
  @Transactional
  long delete(ForumReader reader, long postId) {
    ForumPost post = shown(reader, postId);
    if (!reader.signedIn() || post.authorAccountId() != reader.accountId()) {
      throw new ForumRefused("forum.refused.notYours");
    }
    if (post.state() == PostState.DELETED) {
      return post.topicId();
    }
    if (post.state() == PostState.HIDDEN) {
      throw new ForumRefused("forum.refused.hidden");
    }
    ForumTopic topic = topics.findById(post.topicId()).orElseThrow();
    if (post.number() == 1) {
      if (othersReplied(topic.id(), reader.accountId())) {
        throw new ForumRefused("forum.refused.openingPostHasReplies");
      }
      topic.state(PostState.DELETED);
    }
    post.state(PostState.DELETED, null);
    posts.flush();
    topics.flush();
    counters.recount(topic.id());
    search.post(post);
    return topic.id();
  }

  /** Every earlier text of a post, for moderators; not found for anyone else. */
  @Transactional(readOnly = true)
  History history(ForumReader reader, long postId) {
    if (!reader.moderator()) {
      throw new NotFoundException();
    }
    ForumPost post =
        posts.readable(postId, reader.readableList()).orElseThrow(NotFoundException::new);
    ForumTopic topic = topics.findById(post.topicId()).orElseThrow();
    List<Revision> revisions =
        jdbc.sql(
                "select body_markdown, editor_name, created_at from forum_post_revision"
                    + " where post_id = :post order by created_at desc, id desc")
            .param("post", postId)
            .query(
                (rs, n) ->
                    new Revision(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
            .list();
    return new History(editableOf(post, topic), post.authorName(), revisions);
  }

  private ForumPost mayEdit(ForumReader reader, long postId) {
    ForumPost post = shown(reader, postId);
    if (!reader.signedIn() || post.state() == PostState.DELETED) {
      throw new ForumRefused("forum.refused.notEditable");
    }
    if (reader.moderator()) {
      return post;
    }
    if (post.authorAccountId() != reader.accountId()) {
      throw new ForumRefused("forum.refused.notYours");
    }
    ForumTopic topic = topics.findById(post.topicId()).orElseThrow();
    if (post.state() == PostState.HIDDEN || topic.locked()) {
      throw new ForumRefused("forum.refused.notEditable");
    }
    Duration window = Duration.ofMinutes(settings.current().editWindowMinutes());
    if (post.createdAt().plus(window).isBefore(clock.instant())) {
      throw new ForumRefused("forum.refused.editWindow");
    }
    return post;
  }

  /** A post the reader may read and is shown (held posts only to their author and moderators). */
  private ForumPost shown(ForumReader reader, long postId) {
    ForumPost post =
        posts.readable(postId, reader.readableList()).orElseThrow(NotFoundException::new);
    boolean mine = reader.accountId() != null && post.authorAccountId() == reader.accountId();
    if (post.state() == PostState.HELD && !mine && !reader.moderator()) {
      throw new NotFoundException();
    }
    ForumTopic topic = topics.findById(post.topicId()).orElseThrow();
    if (!TopicRows.seesTopic(reader, view(topic))) {
      throw new NotFoundException();
    }
    return post;
  }

  private boolean othersReplied(long topicId, long authorAccountId) {
    return jdbc.sql(
            "select exists (select 1 from forum_post where topic_id = :t and number > 1"
                + " and state <> 'DELETED' and author_account_id <> :a)")
        .param("t", topicId)
        .param("a", authorAccountId)
        .query(Boolean.class)
        .single();
  }

  private Editable editableOf(ForumPost post, ForumTopic topic) {
    return new Editable(
        post.id(),
        post.number(),
        topic.id(),
        topic.title(),
        view(topic).path(),
        post.bodyMarkdown(),
        post.language(),
        attachments.countOf(post.id()));
  }

  private static TopicPage.Topic view(ForumTopic topic) {
    return new TopicPage.Topic(
        topic.id(),
        topic.title(),
        topic.slug(),
        topic.language(),
        topic.state(),
        topic.pinned(),
        topic.locked(),
        topic.closed(),
        topic.authorAccountId(),
        topic.postCount());
  }
}
