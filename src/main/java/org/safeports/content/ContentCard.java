package org.safeports.content;

import java.time.Instant;

/**
 * An item as lists show it, in the reader's language or, where that translation is missing, in its
 * original language ({@code fallback} is then true). {@code leadImage} is null when it has none.
 */
public record ContentCard(
    long itemId,
    ContentKind kind,
    String title,
    String slug,
    String summary,
    String language,
    boolean fallback,
    String topic,
    String authorName,
    Instant publishedAt,
    org.safeports.platform.media.LeadImage leadImage) {

  /** Signed by the secretariat, whose name is shown in the reader's language. */
  public boolean bySecretariat() {
    return Bylines.isSecretariat(authorName);
  }

  public String path() {
    return (kind == ContentKind.NEWS ? "/news/" : "/pages/") + slug;
  }
}
