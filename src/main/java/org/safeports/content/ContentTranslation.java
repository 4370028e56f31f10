package org.safeports.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.safeports.platform.database.VersionedEntity;

/**
 * An item's text in one language. The original's state is the item's; a translation has its own
 * (draft, in review, published) and is stale when the original changed after it was written.
 */
@Entity
@Table(name = "content_translation")
class ContentTranslation extends VersionedEntity {

  enum Status {
    DRAFT,
    IN_REVIEW,
    PUBLISHED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "item_id", nullable = false)
  private Long itemId;

  @Column(nullable = false)
  private String language;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String slug;

  @Column(nullable = false)
  private String summary;

  @Column(name = "body_markdown", nullable = false)
  private String bodyMarkdown;

  @Column(name = "body_html", nullable = false)
  private String bodyHtml;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.DRAFT;

  @Column(name = "based_on_revision", nullable = false)
  private int basedOnRevision;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected ContentTranslation() {}

  ContentTranslation(Long itemId, String language) {
    this.itemId = itemId;
    this.language = language;
  }

  Long id() {
    return id;
  }

  Long itemId() {
    return itemId;
  }

  String language() {
    return language;
  }

  String title() {
    return title;
  }

  String slug() {
    return slug;
  }

  String summary() {
    return summary;
  }

  String bodyMarkdown() {
    return bodyMarkdown;
  }

  String bodyHtml() {
    return bodyHtml;
  }

  Status status() {
    return status;
  }

  int basedOnRevision() {
    return basedOnRevision;
  }

  String updatedBy() {
    return updatedBy;
  }

  void write(
      String title,
      String slug,
      String summary,
      String bodyMarkdown,
      String bodyHtml,
      int basedOnRevision,
      String by) {
    this.title = title;
    this.slug = slug;
    this.summary = summary;
    this.bodyMarkdown = bodyMarkdown;
    this.bodyHtml = bodyHtml;
    this.basedOnRevision = basedOnRevision;
    this.updatedBy = by;
  }

  void setStatus(Status status) {
    this.status = status;
  }
}
