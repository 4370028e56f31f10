package org.safeports.search;

import java.util.List;
import java.util.Map;
import org.safeports.platform.security.Viewer;
import org.springframework.stereotype.Service;

/**
 * A search for one reader: the facets (and so the total), the page asked for and, with no result, a
 * corrected query, all from one statement after the index's version is read, or from memory when
 * the same page was found under that version ({@link SearchResults}). A page beyond the last costs
 * a second search, for the last page.
 */
@Service
class SearchService {

  /** What the results page shows. */
  record Results(
      SearchQuery query,
      List<SiteSearch.Hit> hits,
      long total,
      int pages,
      Map<String, List<SiteSearch.FacetValue>> facets,
      String didYouMean) {

    public boolean none() {
      return total == 0;
    }
  }

  static final int SUGGESTIONS = 8;

  private final SiteSearch search;
  private final SearchResults results;

  SearchService(SiteSearch search, SearchResults results) {
    this.search = search;
    this.results = results;
  }

  Results search(SearchQuery asked, Viewer viewer, String readerLanguage) {
    String keys = SearchWords.keys(viewer);
    List<String> words = SearchWords.correctable(asked.q());
    SiteSearch.Found found = results.find(asked, readerLanguage, keys, words);
    long total = found.total();
    if (total == 0) {
      String corrected = SearchWords.corrected(asked.q(), words, found.corrections());
      return new Results(asked, List.of(), 0, 0, found.facets(), corrected);
    }
    int pages =
        (int)
            Math.min(
                SearchQuery.MAX_PAGES, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
    if (asked.page() > pages) {
      // A page past the last (an old link, or fewer results since): the last page instead.
      SearchQuery last = asked.onPage(pages);
      found = results.find(last, readerLanguage, keys, List.of());
      return new Results(last, found.hits(), found.total(), pages, found.facets(), null);
    }
    return new Results(asked, found.hits(), total, pages, found.facets(), null);
  }

  List<SiteSearch.Suggestion> suggestions(String typed, Viewer viewer, String readerLanguage) {
    String prefixes = SearchWords.titlePrefixes(typed == null ? "" : typed);
    if (prefixes.isEmpty()) {
      return List.of();
    }
    return search.titles(prefixes, readerLanguage, SearchWords.keys(viewer), SUGGESTIONS);
  }
}
