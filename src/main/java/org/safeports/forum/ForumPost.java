package org.safeports.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.safeports.platform.database.VersionedEntity;

/**
 * A post: the Markdown its author wrote, and the sanitised HTML and plain text made from it on the
 * server when it is saved. Its number is its place in the topic (1 is the opening post).
 */
@Entity
@Table(name = "forum_post")
class ForumPost extends VersionedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "topic_id", nullable = false)
  private long topicId;

  @Column(nullable = false)
  private int number;

  @Column(name = "author_account_id", nullable = false)
  private long authorAccountId;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Column(nullable = false)
  private String language;

  @Column(name = "body_markdown", nullable = false)
  private String bodyMarkdown;

  @Column(name = "body_html", nullable = false)
  private String bodyHtml;

  @Column(name = "body_text", nullable = false)
  private String bodyText;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PostState state = PostState.VISIBLE;

  @Column(name = "hidden_reason")
  private String hiddenReason;

  @Column(name = "edited_at")
  private Instant editedAt;

  protected ForumPost() {}

  ForumPost(
      long topicId,
      int number,
      long authorAccountId,
      String authorName,
      String language,
      PostState state) {
    this.topicId = topicId;
    this.number = number;
    this.authorAccountId = authorAccountId;
    this.authorName = authorName;
    this.language = language;
    this.state = state;
  }

  Long id() {
    return id;
  }

  long topicId() {
    return topicId;
  }

  int number() {
    return number;
  }

  long authorAccountId() {
    return authorAccountId;
  }

  String authorName() {
    return authorName;
  }

  String language() {
    return language;
  }

  String bodyMarkdown() {
    return bodyMarkdown;
  }

  String bodyHtml() {
    return bodyHtml;
  }

  String bodyText() {
    return bodyText;
  }

  PostState state() {
    return state;
  }

  String hiddenReason() {
    return hiddenReason;
  }

  Instant editedAt() {
    return editedAt;
  }

  /** The text, as written and as rendered (sanitised) and as plain text. */
  void write(String markdown, String html, String text) {
    this.bodyMarkdown = markdown;
    this.bodyHtml = html;
    this.bodyText = text;
  }

  void edited(Instant at) {
    this.editedAt = at;
  }

  void state(PostState state, String reason) {
    this.state = state;
    this.hiddenReason = reason;
  }

  /** Moved to another topic (merge or split) with its new place there. */
  void moveTo(long topicId, int number) {
    this.topicId = topicId;
    this.number = number;
  }
}
