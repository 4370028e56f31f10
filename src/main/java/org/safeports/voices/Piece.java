package org.safeports.voices;

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

@Entity
@Table(name = "voices_piece")
class Piece extends VersionedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "author_account_id", nullable = false)
  private long authorAccountId;

  @Column(nullable = false)
  private String language;

  @Column(nullable = false)
  private String topic;

  @Column(name = "country_code", nullable = false)
  private String countryCode;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false, unique = true)
  private String slug;

  @Column(nullable = false)
  private String summary;

  @Column(name = "body_markdown", nullable = false)
  private String bodyMarkdown;

  @Column(name = "body_html", nullable = false)
  private String bodyHtml;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Column(name = "author_position")
  private String authorPosition;

  @Column(name = "author_organisation")
  private String authorOrganisation;

  @Column(name = "author_bio")
  private String authorBio;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PieceStatus status = PieceStatus.DRAFT;

  @Column(name = "editor_message")
  private String editorMessage;

  @Column(name = "text_before_edit")
  private String textBeforeEdit;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "publish_at")
  private Instant publishAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  protected Piece() {}

  Piece(long authorAccountId, String slug) {
    this.authorAccountId = authorAccountId;
    this.slug = slug;
  }

  void write(PieceForm form, String bodyHtml) {
    this.language = form.language();
    this.topic = form.topic();
    this.countryCode = form.country();
    this.title = form.title().strip();
    this.summary = form.summary().strip();
    this.bodyMarkdown = form.body();
    this.bodyHtml = bodyHtml;
    this.authorName = form.authorName().strip();
    this.authorPosition = form.authorPosition();
    this.authorOrganisation = form.authorOrganisation();
    this.authorBio = form.authorBio();
  }

  /**
   * An editor's change to the text: the author's last text is kept so they can see what changed.
   */
  void editByEditor(String title, String summary, String body, String bodyHtml) {
    if (textBeforeEdit == null) {
      textBeforeEdit = this.title + "\n\n" + this.summary + "\n\n" + this.bodyMarkdown;
    }
    this.title = title.strip();
    this.summary = summary.strip();
    this.bodyMarkdown = body;
    this.bodyHtml = bodyHtml;
  }

  void move(PieceStatus.Action action, String message, Instant publishAt, Instant now) {
    this.status = action.from(status);
    if (action == PieceStatus.Action.SUBMIT) {
      submittedAt = now;
      textBeforeEdit = null;
    }
    if (action == PieceStatus.Action.REQUEST_CHANGES || action == PieceStatus.Action.DECLINE) {
      editorMessage = message;
    }
    if (action == PieceStatus.Action.PUBLISH) {
      this.publishAt = publishAt != null && publishAt.isAfter(now) ? publishAt : null;
      this.publishedAt = this.publishAt != null ? this.publishAt : now;
    }
    if (action == PieceStatus.Action.UNPUBLISH) {
      this.publishAt = null;
    }
  }

  /** For the demo: as if published on its date. */
  void backdate(Instant at) {
    this.publishedAt = at;
    this.submittedAt = at;
  }

  Long id() {
    return id;
  }

  long authorAccountId() {
    return authorAccountId;
  }

  String language() {
    return language;
  }

  String topic() {
    return topic;
  }

  String countryCode() {
    return countryCode;
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

  String authorName() {
    return authorName;
  }

  String authorPosition() {
    return authorPosition;
  }

  String authorOrganisation() {
    return authorOrganisation;
  }

  String authorBio() {
    return authorBio;
  }

  PieceStatus status() {
    return status;
  }

  String editorMessage() {
    return editorMessage;
  }

  String textBeforeEdit() {
    return textBeforeEdit;
  }

  Instant submittedAt() {
    return submittedAt;
  }

  Instant publishAt() {
    return publishAt;
  }

  Instant publishedAt() {
    return publishedAt;
  }

  boolean isVisible(Instant now) {
    return status == PieceStatus.PUBLISHED && (publishAt == null || !publishAt.isAfter(now));
  }
}
