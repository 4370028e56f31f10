package org.safeports.voices;

import java.time.Instant;

/**
 * A published piece as lists show it, in the reader's language where a translation exists; {@code
 * leadImage} is null when it has none.
 */
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
    Instant publishedAt,
    org.safeports.platform.media.LeadImage leadImage) {

  public String path() {
    return "/voices/" + slug;
  }
}
