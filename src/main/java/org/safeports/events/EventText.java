package org.safeports.events;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** An event's title, summary and description in one language (a row of {@code event_item_text}). */
@Embeddable
class EventText {

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Column(nullable = false)
  private String description;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(nullable = false)
  private boolean stale;

  protected EventText() {}

  EventText(String title, String summary, String description, Instant updatedAt) {
    this.title = title;
    this.summary = summary == null ? "" : summary;
    this.description = description == null ? "" : description;
    this.updatedAt = updatedAt;
  }

  String title() {
    return title;
  }

  String summary() {
    return summary;
  }

  /** The description, in Markdown. */
  String description() {
    return description;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  /** Written before the original last changed: the translation workflow lists it. */
  boolean stale() {
    return stale;
  }

  void markStale() {
    this.stale = true;
  }
}
