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
 * A topic. Its counters and latest-post line are kept by {@link ForumCounters} in SQL (read-only
 * here), and the next post number is taken under the row's lock ({@link ForumCounters#takeNumber}),
 * so that two replies in the same second both land, in order.
 */
@Entity
@Table(name = "forum_topic")
class ForumTopic extends VersionedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "category_id", nullable = false)
  private long categoryId;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String slug;

  @Column(nullable = false)
  private String language;

  @Column(name = "author_account_id", nullable = false)
  private long authorAccountId;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PostState state = PostState.VISIBLE;

  @Column(nullable = false)
  private boolean pinned;

  @Column(nullable = false)
  private boolean locked;

  @Column(nullable = false)
  private boolean closed;

  @Column(name = "piece_id")
  private Long pieceId;

  @Column(name = "merged_into_id")
  private Long mergedIntoId;

  @Column(name = "last_number", nullable = false, insertable = false, updatable = false)
  private int lastNumber;

  @Column(name = "post_count", nullable = false, insertable = false, updatable = false)
  private int postCount;

  @Column(name = "last_post_number", insertable = false, updatable = false)
  private Integer lastPostNumber;

  @Column(name = "last_post_at", insertable = false, updatable = false)
  private Instant lastPostAt;

  @Column(name = "last_post_author_name", insertable = false, updatable = false)
  private String lastPostAuthorName;

  protected ForumTopic() {}

  ForumTopic(
      long categoryId,
      String title,
      String slug,
      String language,
      long authorAccountId,
      String authorName) {
    this.categoryId = categoryId;
    this.title = title;
    this.slug = slug;
    this.language = language;
    this.authorAccountId = authorAccountId;
    this.authorName = authorName;
  }

  Long id() {
    return id;
  }

  long categoryId() {
    return categoryId;
  }

  String title() {
    return title;
  }

  String slug() {
    return slug;
  }

  String language() {
    return language;
  }

  long authorAccountId() {
    return authorAccountId;
  }

  String authorName() {
    return authorName;
  }

  PostState state() {
    return state;
  }

  boolean pinned() {
    return pinned;
  }

  boolean locked() {
    return locked;
  }

  boolean closed() {
    return closed;
  }

  /** The flags set, as the audit log records them. */
  String flagWords() {
    return (locked ? "locked " : "") + (pinned ? "pinned " : "") + (closed ? "closed" : "");
  }

  /** Replies are taken: neither locked by a moderator nor closed. */
  boolean open() {
    return !locked && !closed && mergedIntoId == null;
  }

  Long pieceId() {
    return pieceId;
  }

  Long mergedIntoId() {
    return mergedIntoId;
  }

  int lastNumber() {
    return lastNumber;
  }

  int postCount() {
    return postCount;
  }

  Integer lastPostNumber() {
    return lastPostNumber;
  }

  Instant lastPostAt() {
    return lastPostAt;
  }

  String lastPostAuthorName() {
    return lastPostAuthorName;
  }

  void retitle(String title, String slug) {
    this.title = title;
    this.slug = slug;
  }

  void moveTo(long categoryId) {
    this.categoryId = categoryId;
  }

  void state(PostState state) {
    this.state = state;
  }

  void pinned(boolean pinned) {
    this.pinned = pinned;
  }

  void locked(boolean locked) {
    this.locked = locked;
  }

  void closed(boolean closed) {
    this.closed = closed;
  }

  void discusses(long pieceId) {
    this.pieceId = pieceId;
  }

  void mergedInto(long topicId) {
    this.mergedIntoId = topicId;
  }
}
