package org.safeports.voices;

/**
 * A published piece as it was written (its own language), for modules that keep one thing per
 * piece.
 */
public record PublishedPiece(
    long id,
    String slug,
    String title,
    String summary,
    String language,
    long authorAccountId,
    String authorName) {

  public String path() {
    return "/voices/" + slug;
  }
}
