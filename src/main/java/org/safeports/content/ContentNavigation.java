package org.safeports.content;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.safeports.platform.web.Language;
import org.safeports.platform.web.PublicPagesVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The resource sections in the main navigation: the published top-level pages, in order. Every page
 * shows them, error pages included, so they are kept in memory per language and read again only
 * when public pages changed (here, on another instance or at a scheduled publication time): a page
 * costs no statement for them, and the error page of a database outage renders without the
 * database.
 */
@ControllerAdvice
class ContentNavigation {

  private static final Logger log = LoggerFactory.getLogger(ContentNavigation.class);

  private record Sections(long version, List<ContentCard> cards) {}

  private final ContentQueries queries;
  private final PublicPagesVersion version;
  private final Map<String, Sections> byLanguage = new ConcurrentHashMap<>();

  ContentNavigation(ContentQueries queries, PublicPagesVersion version) {
    this.queries = queries;
    this.version = version;
  }

  @ModelAttribute("navSections")
  List<ContentCard> sections(Locale locale) {
    String lang = Language.of(locale).code();
    long current = version.current();
    Sections known = byLanguage.get(lang);
    if (known != null && known.version() == current) {
      return known.cards();
    }
    try {
      List<ContentCard> cards = queries.pagesUnder(null, lang);
      byLanguage.put(lang, new Sections(current, cards));
      return cards;
    } catch (DataAccessException e) {
      // The page (most likely the error page of an outage) still renders, with the last sections.
      log.debug("Navigation not read again: {}", e.toString());
      return known == null ? List.of() : known.cards();
    }
  }
}
