package org.safeports.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.safeports.platform.database.TimestampedEntity;

/** What a translation said after one save. Kept for ever; restoring one makes a new revision. */
@Entity
@Table(name = "content_revision")
class ContentRevision extends TimestampedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "item_id", nullable = false)
  private Long itemId;

  @Column(nullable = false)
  private String language;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Column(name = "body_markdown", nullable = false)
  private String bodyMarkdown;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  protected ContentRevision() {}

  ContentRevision(
      Long itemId,
      String language,
      int number,
      String title,
      String summary,
      String bodyMarkdown,
      String authorName) {
    this.itemId = itemId;
    this.language = language;
    this.number = number;
    this.title = title;
    this.summary = summary;
    this.bodyMarkdown = bodyMarkdown;
    this.authorName = authorName;
  }

  int number() {
    return number;
  }

  String language() {
    return language;
  }

  String title() {
    return title;
  }

  String summary() {
    return summary;
  }

  String bodyMarkdown() {
    return bodyMarkdown;
  }

  String authorName() {
    return authorName;
  }
}
