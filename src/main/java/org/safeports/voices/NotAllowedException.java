package org.safeports.voices;

/** The piece's state does not allow this step for this person (it moved on meanwhile). */
class NotAllowedException extends RuntimeException {

  private final long pieceId;

  NotAllowedException(long pieceId) {
    super("Not allowed in this state");
    this.pieceId = pieceId;
  }

  long pieceId() {
    return pieceId;
  }
}
