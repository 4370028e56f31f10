package org.safeports.voices;

import java.time.Instant;

/** A published piece as lists show it, in the reader's language where a translation exists. */
public record PieceCard(
    long id,
    String slug,
    String title,
    String summary,
    String language,
    String topic,
    String countryCode,
    String authorName,
    String authorOrganisation,
    Instant publishedAt) {

  public String path() {
    return "/voices/" + slug;
  }
}
