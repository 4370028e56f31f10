package org.safeports.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.safeports.platform.text.SafeHtml;

/**
 * One item as its page shows it.
 *
 * @param fallback the reader's language is missing, so the original is shown
 * @param languages the languages the item can be read in, with the address in each
 */
record Article(
    long itemId,
    ContentKind kind,
    String title,
    String summary,
    String html,
    List<SafeHtml.Heading> headings,
    String language,
    boolean fallback,
    String originalLanguage,
    List<LanguageLink> languages,
    Instant publishedAt,
    Instant updatedAt,
    LocalDate nextReviewOn,
    String authorName,
    String topic,
    List<ContentCard> breadcrumbs,
    List<ContentCard> children,
    List<ContentCard> related,
    org.safeports.platform.media.LeadImage leadImage) {

  record LanguageLink(String language, String path) {}

  /** Signed by the secretariat, whose name the page gives in the reader's language. */
  public boolean bySecretariat() {
    return Bylines.isSecretariat(authorName);
  }

  public boolean reviewOverdue(LocalDate today) {
    return nextReviewOn != null && nextReviewOn.isBefore(today);
  }
}
