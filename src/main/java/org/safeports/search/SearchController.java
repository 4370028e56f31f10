package org.safeports.search;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.safeports.platform.security.Viewer;
import org.safeports.platform.web.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page ({@code GET /search}, a plain form that works without script) and the titles the
 * header's box suggests while typing ({@code GET /search/suggest}, JSON). Neither is for search
 * engines: both say {@code noindex}.
 */
@Controller
class SearchController {

  private final SearchService search;

  SearchController(SearchService search) {
    this.search = search;
  }

  @GetMapping("/search")
  String search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String hazard,
      @RequestParam(required = false) String page,
      @ModelAttribute("viewer") Viewer viewer,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    response.setHeader("X-Robots-Tag", "noindex");
    SearchQuery query = SearchQuery.of(q, kind, country, language, year, hazard, page);
    model.addAttribute("siteSearch", query);
    if (query.empty()) {
      return "search/results";
    }
    SearchService.Results results = search.search(query, viewer, Language.of(locale).code());
    model.addAttribute("results", results);
    model.addAttribute("facets", SearchLinks.facets(results.query(), results.facets(), locale));
    model.addAttribute("pagerBase", SearchLinks.pagerBase(results.query()));
    model.addAttribute("resultsPage", new SearchPager(results.query().page(), results.pages()));
    if (results.didYouMean() != null) {
      model.addAttribute(
          "didYouMeanHref", SearchLinks.of(results.query().withWords(results.didYouMean())));
    }
    return "search/results";
  }

  @GetMapping("/search/suggest")
  ResponseEntity<String> suggest(
      @RequestParam(required = false) String q,
      @ModelAttribute("viewer") Viewer viewer,
      Locale locale) {
    String typed = q == null || q.length() > SearchQuery.MAX_QUERY_CHARS ? "" : q;
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .header("X-Robots-Tag", "noindex")
        .contentType(MediaType.APPLICATION_JSON)
        .body(SuggestionsJson.of(search.suggestions(typed, viewer, Language.of(locale).code())));
  }

  /** The pager's numbers: the page shown (from 1) and how many there are. */
  record SearchPager(int number, int count) {

    public boolean hasPrevious() {
      return number > 1;
    }

    public boolean hasNext() {
      return number < count;
    }
  }
}
