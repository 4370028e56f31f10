package org.safeports.voices;

/** The piece changed since this person opened it. */
class ConcurrentPieceEditException extends RuntimeException {
  ConcurrentPieceEditException() {
    super("Changed meanwhile");
  }
}
