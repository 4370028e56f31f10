package org.safeports.library;

import java.util.Locale;

/**
 * What a reader asked the library for: filters, words to search, order and page. Unknown values are
 * dropped rather than refused, so a shared link with an old filter still opens.
 */
record LibraryFilter(
    String country,
    String port,
    Hazard hazard,
    DocumentType type,
    String language,
    Integer year,
    String q,
    String sort,
    String sortChoice,
    int page) {

  static final int PAGE_SIZE = 20;
  static final int MAX_PAGE = 500;

  static LibraryFilter of(
      String country,
      String port,
      String hazard,
      String type,
      String language,
      Integer year,
      String q,
      String sort,
      Integer page) {
    return new LibraryFilter(
        blankToNull(country) == null ? null : country.trim().toUpperCase(Locale.ROOT),
        blankToNull(port),
        parse(Hazard.class, hazard),
        parse(DocumentType.class, type),
        blankToNull(language),
        year,
        blankToNull(q) == null ? null : q.strip().substring(0, Math.min(q.strip().length(), 200)),
        "title".equals(sort)
            ? "title"
            : (blankToNull(q) != null && !"date".equals(sort) ? "relevance" : "date"),
        "title".equals(sort) || "date".equals(sort) ? sort : "",
        page == null ? 0 : Math.max(0, Math.min(page, MAX_PAGE)));
  }

  public boolean searching() {
    return q != null;
  }

  public boolean filtered() {
    return country != null
        || port != null
        || hazard != null
        || type != null
        || language != null
        || year != null
        || q != null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
