package org.safeports.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.safeports.platform.database.VersionedEntity;

@Entity
@Table(name = "content_item")
class ContentItem extends VersionedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContentKind kind;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(nullable = false)
  private int position;

  @Column(name = "original_language", nullable = false)
  private String originalLanguage;

  private String topic;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EditorialStatus status = EditorialStatus.DRAFT;

  @Column(name = "publish_at")
  private Instant publishAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "next_review_on")
  private LocalDate nextReviewOn;

  @Column(name = "original_revision", nullable = false)
  private int originalRevision;

  protected ContentItem() {}

  ContentItem(ContentKind kind, String originalLanguage, String authorName) {
    this.kind = kind;
    this.originalLanguage = originalLanguage;
    this.authorName = authorName;
  }

  Long id() {
    return id;
  }

  ContentKind kind() {
    return kind;
  }

  Long parentId() {
    return parentId;
  }

  int position() {
    return position;
  }

  String originalLanguage() {
    return originalLanguage;
  }

  String topic() {
    return topic;
  }

  String authorName() {
    return authorName;
  }

  EditorialStatus status() {
    return status;
  }

  Instant publishAt() {
    return publishAt;
  }

  Instant publishedAt() {
    return publishedAt;
  }

  LocalDate nextReviewOn() {
    return nextReviewOn;
  }

  int originalRevision() {
    return originalRevision;
  }

  /** Published, and its publishing time (if scheduled) has come. */
  boolean isVisible(Instant now) {
    return status == EditorialStatus.PUBLISHED && (publishAt == null || !publishAt.isAfter(now));
  }

  boolean isScheduled(Instant now) {
    return status == EditorialStatus.PUBLISHED && publishAt != null && publishAt.isAfter(now);
  }

  void settings(Long parentId, int position, String topic, LocalDate nextReviewOn) {
    this.parentId = parentId;
    this.position = position;
    this.topic = topic;
    this.nextReviewOn = nextReviewOn;
  }

  void originalChanged() {
    this.originalRevision++;
  }

  int nextOriginalRevision() {
    return originalRevision + 1;
  }

  void apply(EditorialStatus.Action action, Instant publishAt, Instant now) {
    if (!status.allows(action)) {
      throw new IllegalStateException(status + " does not allow " + action);
    }
    status = action.target();
    if (action == EditorialStatus.Action.PUBLISH) {
      this.publishAt = publishAt != null && publishAt.isAfter(now) ? publishAt : null;
      Instant effective = this.publishAt != null ? this.publishAt : now;
      if (publishedAt == null || this.publishAt != null) {
        publishedAt = effective;
      }
    }
    if (action == EditorialStatus.Action.UNPUBLISH) {
      this.publishAt = null;
    }
  }

  /** For demo content: keep the date the news was first published. */
  void backdate(Instant publishedAt) {
    this.publishedAt = publishedAt;
  }
}
