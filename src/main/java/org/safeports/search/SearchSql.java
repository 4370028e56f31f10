package org.safeports.search;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The SQL the results page and its facets share: the reader's words as tsqueries (one per
 * language's configuration and one unstemmed), the documents that match them and that the reader
 * may see, and for each item its best document (the reader's language first).
 *
 * <p>Each document is matched in its own language's configuration OR-ed with the unstemmed one, so
 * stemming and a minus apply as the document's language has them ("-huracan" removes a Spanish text
 * with "huracanes" however the reader's language would stem it). The GIN index is reached with the
 * five queries OR-ed (a superset); the own-language test then rechecks the candidates.
 */
final class SearchSql {

  private SearchSql() {}

  /** The {@code matched} and {@code best} common table expressions; params filled in. */
  static String bestMatches(
      SearchQuery query, String readerLanguage, String keys, Map<String, Object> params) {
    params.put("q", WebQueries.grouped(query.q()));
    params.put("lang", readerLanguage);
    params.put("keys", keys);
    StringBuilder filters = new StringBuilder();
    if (query.kind() != null) {
      filters.append(" and d.source = :kind");
      params.put("kind", query.kind());
    }
    if (query.country() != null) {
      filters.append(" and d.country = :country");
      params.put("country", query.country());
    }
    if (query.language() != null) {
      filters.append(" and d.language = :language");
      params.put("language", query.language());
    }
    if (query.year() != null) {
      filters.append(" and d.published_at >= :from and d.published_at < :until");
      params.put("from", startOf(query.year()));
      params.put("until", startOf(query.year() + 1));
    }
    if (query.hazard() != null) {
      filters.append(" and :hazard = any(d.hazards)");
      params.put("hazard", query.hazard());
    }
    return "with matched as (select d.id, d.source, d.ref, d.language, d.country, d.hazards,"
        + " d.published_at, ts_rank(d.vector, own.query) as score, own.query"
        + " from search_document d cross join lateral (select case d.language"
        + " when 'es' then websearch_to_tsquery('sp_es', :q)"
        + " when 'pt' then websearch_to_tsquery('sp_pt', :q)"
        + " when 'fr' then websearch_to_tsquery('sp_fr', :q)"
        + " else websearch_to_tsquery('sp_en', :q) end"
        + " || websearch_to_tsquery('sp_simple', :q) as query) own"
        + " where d.vector @@ "
        + ANY_LANGUAGE
        + " and d.vector @@ own.query"
        + " and d.access && string_to_array(:keys, ',')"
        + filters
        + "), best as (select distinct on (m.source, m.ref) m.* from matched m"
        + " order by m.source, m.ref, (m.language = :lang) desc, m.score desc, m.id)";
  }

  /**
   * The five queries OR-ed, for the GIN index. Written out rather than computed once in a CTE: the
   * planner folds them into one constant, and estimates the index's cost from its words (from a
   * parameter it cannot, and assumes a scan of the whole index).
   */
  static final String ANY_LANGUAGE =
      "(websearch_to_tsquery('sp_en', :q) || websearch_to_tsquery('sp_es', :q)"
          + " || websearch_to_tsquery('sp_pt', :q) || websearch_to_tsquery('sp_fr', :q)"
          + " || websearch_to_tsquery('sp_simple', :q))";

  /** The order of results: the reader's language, then rank, then the newest. */
  static final String ORDER =
      " order by (b.language = :lang) desc, b.score desc, b.published_at desc nulls last, b.id";

  private static OffsetDateTime startOf(int year) {
    return LocalDate.of(year, 1, 1).atStartOfDay().atOffset(ZoneOffset.UTC);
  }
}
