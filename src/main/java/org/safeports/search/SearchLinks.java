package org.safeports.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeports.platform.web.Language;

/**
 * The addresses of a results page: the same search with a facet chosen or let go, another page.
 * Built here so that the page keeps every parameter and the template only prints them.
 */
final class SearchLinks {

  /** A facet's value as the page lists it. */
  record FacetLink(String value, String label, long count, String href, boolean chosen) {}

  /**
   * A facet with its values, the most frequent first: the first {@link #SHOWN} are listed, the rest
   * behind a "more" disclosure, so that 30 countries do not push the results off a phone's screen.
   */
  record Facet(String name, List<FacetLink> values, String clearHref) {

    public List<FacetLink> shown() {
      return values.subList(0, Math.min(SHOWN, values.size()));
    }

    public List<FacetLink> more() {
      return values.subList(Math.min(SHOWN, values.size()), values.size());
    }
  }

  /** How many values of a facet are listed before "more". */
  static final int SHOWN = 5;

  private SearchLinks() {}

  static String of(SearchQuery query) {
    StringBuilder b = new StringBuilder("/search?q=").append(encoded(query.q()));
    add(b, "kind", query.kind());
    add(b, "country", query.country());
    add(b, "language", query.language());
    add(b, "year", query.year());
    add(b, "hazard", query.hazard());
    if (query.page() > 1) {
      add(b, "page", query.page());
    }
    return b.toString();
  }

  /** The link's base for the pager (every parameter but the page). */
  static String pagerBase(SearchQuery query) {
    return of(query.onPage(1));
  }

  static List<Facet> facets(
      SearchQuery query, Map<String, List<SiteSearch.FacetValue>> values, Locale locale) {
    List<Facet> facets = new ArrayList<>();
    for (Map.Entry<String, List<SiteSearch.FacetValue>> e : values.entrySet()) {
      String name = e.getKey();
      String chosen = chosen(query, name);
      List<FacetLink> links = new ArrayList<>();
      for (SiteSearch.FacetValue v : e.getValue()) {
        links.add(
            new FacetLink(
                v.value(),
                label(name, v.value(), locale),
                v.count(),
                of(with(query, name, v.value())),
                v.value().equals(chosen)));
      }
      if (!links.isEmpty()) {
        facets.add(new Facet(name, links, chosen == null ? null : of(with(query, name, null))));
      }
    }
    return facets;
  }

  /** What the page calls a value; kinds and hazards are named by the template's messages. */
  private static String label(String facet, String value, Locale locale) {
    return switch (facet) {
      case "country" -> countryName(value, locale);
      case "language" -> Language.fromCode(value).map(Language::nativeName).orElse(value);
      default -> value;
    };
  }

  private static String countryName(String code, Locale locale) {
    try {
      String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
      return name.isEmpty() ? code : name;
    } catch (IllformedLocaleException e) {
      return code;
    }
  }

  private static String chosen(SearchQuery q, String facet) {
    return switch (facet) {
      case "kind" -> q.kind();
      case "country" -> q.country();
      case "language" -> q.language();
      case "year" -> q.year() == null ? null : q.year().toString();
      case "hazard" -> q.hazard();
      default -> null;
    };
  }

  private static SearchQuery with(SearchQuery q, String facet, String value) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("kind", q.kind());
    p.put("country", q.country());
    p.put("language", q.language());
    p.put("year", q.year() == null ? null : q.year().toString());
    p.put("hazard", q.hazard());
    p.put(facet, value);
    return SearchQuery.of(
        q.q(),
        p.get("kind"),
        p.get("country"),
        p.get("language"),
        p.get("year"),
        p.get("hazard"),
        null);
  }

  private static void add(StringBuilder b, String name, Object value) {
    if (value != null) {
      b.append('&').append(name).append('=').append(encoded(value.toString()));
    }
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
