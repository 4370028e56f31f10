package org.safeports.voices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a piece's way through review: who did what, when, and what they said. */
@Entity
@Table(name = "voices_step")
class PieceStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "piece_id", nullable = false)
  private long pieceId;

  @Column(nullable = false)
  private Instant at;

  @Column(name = "actor_name", nullable = false)
  private String actorName;

  @Column(nullable = false)
  private String action;

  private String comment;

  protected PieceStep() {}

  PieceStep(long pieceId, Instant at, String actorName, String action, String comment) {
    this.pieceId = pieceId;
    this.at = at;
    this.actorName = actorName;
    this.action = action;
    this.comment = comment;
  }

  Instant at() {
    return at;
  }

  String actorName() {
    return actorName;
  }

  String action() {
    return action;
  }

  String comment() {
    return comment;
  }
}
