package org.safeports.voices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.safeports.platform.database.VersionedEntity;

/** An editor's translation of a piece into another language. */
@Entity
@Table(name = "voices_translation")
class PieceTranslation extends VersionedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "piece_id", nullable = false)
  private long pieceId;

  @Column(nullable = false)
  private String language;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Column(name = "body_markdown", nullable = false)
  private String bodyMarkdown;

  @Column(name = "body_html", nullable = false)
  private String bodyHtml;

  @Column(nullable = false)
  private boolean published;

  protected PieceTranslation() {}

  PieceTranslation(long pieceId, String language) {
    this.pieceId = pieceId;
    this.language = language;
  }

  void write(String title, String summary, String body, String html, boolean published) {
    this.title = title.strip();
    this.summary = summary.strip();
    this.bodyMarkdown = body;
    this.bodyHtml = html;
    this.published = published;
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

  String bodyHtml() {
    return bodyHtml;
  }

  boolean published() {
    return published;
  }
}
