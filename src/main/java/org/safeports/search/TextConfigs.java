package org.safeports.search;

import java.util.Locale;
import java.util.Set;

/**
 * The database's text search configurations of the search (migration {@code search_index}): one per
 * language, stemming after folding accents, and {@link #SIMPLE} for words as written.
 */
final class TextConfigs {

  static final Set<String> LANGUAGES = Set.of("en", "es", "pt", "fr");

  static final String SIMPLE = "sp_simple";

  /** Marks ts_headline puts around the words found; made {@code <mark>} by {@link Highlights}. */
  static final char MARK_START = '\uE000';

  static final char MARK_END = '\uE001';

  private TextConfigs() {}

  /** The configuration of a language code, the English one for anything else. */
  static String of(String language) {
    String code = language == null ? "en" : language.toLowerCase(Locale.ROOT);
    return "sp_" + (LANGUAGES.contains(code) ? code : "en");
  }
}
