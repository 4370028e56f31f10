package org.safeports.voices;

import java.time.Instant;

/** A piece as its pages show it; with a translation, the text is the translation's. */
record PieceView(
    long id,
    String slug,
    String title,
    String summary,
    String html,
    String markdown,
    String language,
    String topic,
    String countryCode,
    String authorName,
    String authorPosition,
    String authorOrganisation,
    String authorBio,
    PieceStatus status,
    String editorMessage,
    String textBeforeEdit,
    Instant submittedAt,
    Instant publishedAt,
    boolean scheduled,
    long version) {

  record LanguageLink(String language, String path) {}

  static PieceView of(Piece p, PieceTranslation translation) {
    boolean translated = translation != null;
    return new PieceView(
        p.id(),
        p.slug(),
        translated ? translation.title() : p.title(),
        translated ? translation.summary() : p.summary(),
        translated ? translationHtml(translation) : p.bodyHtml(),
        p.bodyMarkdown(),
        translated ? translation.language() : p.language(),
        p.topic(),
        p.countryCode(),
        p.authorName(),
        p.authorPosition(),
        p.authorOrganisation(),
        p.authorBio(),
        p.status(),
        p.editorMessage(),
        p.textBeforeEdit(),
        p.submittedAt(),
        p.publishAt() != null ? p.publishAt() : p.publishedAt(),
        p.status() == PieceStatus.PUBLISHED
            && p.publishAt() != null
            && p.publishAt().isAfter(Instant.now()),
        p.version());
  }

  private static String translationHtml(PieceTranslation t) {
    return t.bodyHtml();
  }
}
