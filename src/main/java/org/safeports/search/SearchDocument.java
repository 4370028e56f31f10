package org.safeports.search;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One item a module publishes, in one language, as the site search indexes it.
 *
 * @param source the module's name for the kind of item ("news", "page", "library", "voices",
 *     "forum", "event", "survey-brief"); a facet of the results
 * @param ref the item's id within its source; with {@code source} and {@code language} it names the
 *     document
 * @param language the language the text is written in: en, es, pt or fr
 * @param title the title shown in the results
 * @param summary a short description shown under it when no passage matches
 * @param body the searchable text (an article's body, a document's extracted text, a post)
 * @param path the page's path, without the portal's address, in this language
 * @param access who may see it: {@link #PUBLIC}, {@link #SIGNED_IN}, or role names such as {@code
 *     "DELEGATE"} or {@code "PFSO"}; a reader sees the document when one of these applies to them
 * @param country the member state it is about (ISO 3166 alpha-2), or null
 * @param hazards the hazards it is about (library hazard names), possibly empty
 * @param publishedAt when it was published, for the year facet and the order of equal matches
 */
public record SearchDocument(
    String source,
    String ref,
    String language,
    String title,
    String summary,
    String body,
    String path,
    Set<String> access,
    String country,
    Set<String> hazards,
    Instant publishedAt) {

  /** Anyone, signed in or not. */
  public static final String PUBLIC = "PUBLIC";

  /** Anyone signed in. */
  public static final String SIGNED_IN = "SIGNED_IN";

  public SearchDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(path, "path");
    summary = summary == null ? "" : summary;
    body = body == null ? "" : body;
    access = Set.copyOf(access);
    if (access.isEmpty()) {
      throw new IllegalArgumentException("a document nobody may see is not indexed");
    }
    hazards = hazards == null ? Set.of() : Set.copyOf(hazards);
  }
}
