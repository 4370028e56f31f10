package org.safeports.search;

import java.util.List;
import java.util.Map;
import org.safeports.platform.security.Viewer;
import org.springframework.stereotype.Service;

/**
 * A search for one reader: the facets first (they give the total, so a page beyond the last is
 * brought back before it is read), then the page; with no result, a corrected query instead of the
 * page. Two statements either way.
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

  SearchService(SiteSearch search) {
    this.search = search;
  }

  Results search(SearchQuery asked, Viewer viewer, String readerLanguage) {
    String keys = SearchWords.keys(viewer);
    Map<String, List<SiteSearch.FacetValue>> facets = search.facets(asked, readerLanguage, keys);
    long total = facets.get("kind").stream().mapToLong(SiteSearch.FacetValue::count).sum();
    if (total == 0) {
      List<String> words = SearchWords.correctable(asked.q());
      String corrected = SearchWords.corrected(asked.q(), words, search.corrections(words));
      return new Results(asked, List.of(), 0, 0, facets, corrected);
    }
    int pages =
        (int)
            Math.min(
                SearchQuery.MAX_PAGES, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
    SearchQuery query = asked.page() > pages ? asked.onPage(pages) : asked;
    return new Results(query, search.page(query, readerLanguage, keys), total, pages, facets, null);
  }

  List<SiteSearch.Suggestion> suggestions(String typed, Viewer viewer, String readerLanguage) {
    String prefixes = SearchWords.titlePrefixes(typed == null ? "" : typed);
    if (prefixes.isEmpty()) {
      return List.of();
    }
    return search.titles(prefixes, readerLanguage, SearchWords.keys(viewer), SUGGESTIONS);
  }
}
