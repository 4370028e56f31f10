package org.safeports.search;

import java.util.Locale;

/**
 * A search as the reader asked for it, from {@code /search}'s parameters, each checked: a filter
 * that is not one of its kind is ignored rather than refused (a link from an old page still
 * searches), the words are trimmed and bounded, the page is within {@link #MAX_PAGES}.
 *
 * @param q the words, as typed (web-search syntax: quotes, minus, or)
 * @param kind a source's name, or null
 * @param country an ISO 3166 alpha-2 code, or null
 * @param language en, es, pt or fr, or null
 * @param year a year, or null
 * @param hazard a hazard's name, or null
 * @param page the page, from 1
 */
record SearchQuery(
    String q, String kind, String country, String language, Integer year, String hazard, int page) {

  static final int PAGE_SIZE = 10;

  /** Offset paging costs more the further one goes; nobody reads the 51st page of results. */
  static final int MAX_PAGES = 50;

  static final int MAX_QUERY_CHARS = 200;

  static SearchQuery of(
      String q,
      String kind,
      String country,
      String language,
      String year,
      String hazard,
      String page) {
    return new SearchQuery(
        words(q),
        code(kind, 30, false),
        country == null || country.length() != 2 ? null : code(country, 2, true),
        language != null && TextConfigs.LANGUAGES.contains(language) ? language : null,
        year(year),
        code(hazard, 40, true),
        page(page));
  }

  public boolean empty() {
    return q.isEmpty();
  }

  public boolean filtered() {
    return kind != null || country != null || language != null || year != null || hazard != null;
  }

  int offset() {
    return (page - 1) * PAGE_SIZE;
  }

  SearchQuery onPage(int other) {
    return new SearchQuery(q, kind, country, language, year, hazard, other);
  }

  SearchQuery withWords(String other) {
    return new SearchQuery(words(other), kind, country, language, year, hazard, 1);
  }

  private static String words(String q) {
    if (q == null) {
      return "";
    }
    String trimmed = q.strip();
    return trimmed.length() <= MAX_QUERY_CHARS ? trimmed : trimmed.substring(0, MAX_QUERY_CHARS);
  }

  /** Letters (of one case), digits, '-' and '_' only, up to a length; else null. */
  private static String code(String value, int max, boolean upper) {
    if (value == null || value.isEmpty() || value.length() > max) {
      return null;
    }
    String v = upper ? value.toUpperCase(Locale.ROOT) : value.toLowerCase(Locale.ROOT);
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      boolean letter = upper ? c >= 'A' && c <= 'Z' : c >= 'a' && c <= 'z';
      if (!letter && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
        return null;
      }
    }
    return v;
  }

  private static Integer year(String year) {
    if (year == null || year.length() != 4) {
      return null;
    }
    try {
      int y = Integer.parseInt(year);
      return y >= 1900 && y <= 2200 ? y : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int page(String page) {
    if (page == null || page.isEmpty() || page.length() > 4) {
      return 1;
    }
    try {
      return Math.max(1, Math.min(MAX_PAGES, Integer.parseInt(page)));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
