package org.safeports.voices;

import org.safeports.platform.WorkWaiting;

/**
 * An author submitted a Port Voices piece (for the first time or again after changes): it waits for
 * an editor's review.
 *
 * @param pieceId the piece
 * @param title its title, in the language it was written in
 */
public record PieceSubmitted(long pieceId, String title) implements WorkWaiting {

  @Override
  public Kind kind() {
    return Kind.PIECE;
  }

  @Override
  public String path() {
    return "/admin/voices/" + pieceId;
  }
}
