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

/** A category of the forum; its texts per language are in {@code forum_category_text}. */
@Entity
@Table(name = "forum_category")
class ForumCategory extends VersionedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String slug;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ForumAudience audience;

  @Column(name = "topic_count", nullable = false, insertable = false, updatable = false)
  private int topicCount;

  @Column(name = "post_count", nullable = false, insertable = false, updatable = false)
  private int postCount;

  @Column(name = "last_topic_id", insertable = false, updatable = false)
  private Long lastTopicId;

  @Column(name = "last_post_at", insertable = false, updatable = false)
  private Instant lastPostAt;

  @Column(name = "last_post_author_name", insertable = false, updatable = false)
  private String lastPostAuthorName;

  protected ForumCategory() {}

  ForumCategory(String slug, Long parentId, int position, ForumAudience audience) {
    this.slug = slug;
    this.parentId = parentId;
    this.position = position;
    this.audience = audience;
  }

  Long id() {
    return id;
  }

  String slug() {
    return slug;
  }

  Long parentId() {
    return parentId;
  }

  int position() {
    return position;
  }

  ForumAudience audience() {
    return audience;
  }

  int topicCount() {
    return topicCount;
  }

  int postCount() {
    return postCount;
  }

  Long lastTopicId() {
    return lastTopicId;
  }

  Instant lastPostAt() {
    return lastPostAt;
  }

  String lastPostAuthorName() {
    return lastPostAuthorName;
  }

  void place(String slug, Long parentId, int position, ForumAudience audience) {
    this.slug = slug;
    this.parentId = parentId;
    this.position = position;
    this.audience = audience;
  }
}
