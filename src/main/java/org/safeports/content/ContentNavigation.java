package org.safeports.content;

import java.util.List;
import java.util.Locale;
import org.safeports.platform.web.Language;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The resource sections in the main navigation: the published top-level pages, in order. */
@ControllerAdvice
class ContentNavigation {

  private final ContentQueries queries;

  ContentNavigation(ContentQueries queries) {
    this.queries = queries;
  }

  @ModelAttribute("navSections")
  List<ContentCard> sections(Locale locale) {
    return queries.pagesUnder(null, Language.of(locale).code());
  }
}
