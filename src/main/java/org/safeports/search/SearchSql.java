package org.safeports.search;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The SQL the results page and its facets share: the reader's words as tsqueries (one per
 * language's configuration and one unstemmed), the documents that match them and that the reader
 * may see, and for each item its best document (the reader's language first).
 *
 * <p>Each document is matched in its own language's configuration OR-ed with the unstemmed one, so
 * stemming and a minus apply as the document's language has them ("-huracan" removes a Spanish text
 * with "huracanes" however the reader's language would stem it). The words' index is one partial
 * GIN index per language: each is asked for its language's query, so what the indexes return is the
 * match itself and no candidate's vector is read again.
 */
final class SearchSql {

  private SearchSql() {}

  /**
   * The {@code matched} and {@code best} common table expressions; params filled in. The items are
   * told apart by their bytes ({@code collate "C"}): the order of the groups does not matter, and
   * the database's language-aware comparison made the sort of a common word's matches a quarter of
   * its statement.
   */
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
        + " d.published_at, d.head @@ "
        + ownQuery("d")
        + " as strong from search_document d"
        + " where "
        + inItsLanguage("d", OWN_QUERY)
        + " and d.access && string_to_array(:keys, ',')"
        + filters
        + "), best as (select distinct on (m.source collate \"C\", m.ref collate \"C\") m.*"
        + " from matched m order by m.source collate \"C\", m.ref collate \"C\","
        + " (m.language = :lang) desc, m.strong desc, m.id)";
  }

  /**
   * The {@code best} items, then the first cut that is ranked ({@code cut}, {@link #RANKED_MATCHES}
   * items: the reader's language first, title and summary matches, then the newest) and its scores
   * ({@code ranked}); params filled in. Only the cut's vectors are read again for {@code ts_rank},
   * so a common word costs no more to rank than a rare one. The scores are materialized: inlined,
   * the planner would rank the cut again for each item.
   */
  static String rankedMatches(
      SearchQuery query, String readerLanguage, String keys, Map<String, Object> params) {
    params.put("ranked", RANKED_MATCHES);
    return bestMatches(query, readerLanguage, keys, params)
        + ", cut as (select b.id from best b"
        + " order by (b.language = :lang) desc, b.strong desc, b.published_at desc nulls last, b.id"
        + " limit :ranked), ranked as materialized (select c.id, ts_rank(d.vector, "
        + ownQuery("d")
        + ") as score from cut c join search_document d on d.id = c.id)";
  }

  /**
   * The {@code facets} common table expression over {@code best}: for each facet (kind, language,
   * country, year, hazard) its values and how many items have each.
   */
  static final String FACETS =
      "facets as (select 'kind' as facet, source as value, count(*) as n from best group by source"
          + " union all select 'language', language, count(*) from best group by language"
          + " union all select 'country', country, count(*) from best"
          + " where country is not null group by country"
          + " union all select 'year', to_char(published_at at time zone 'UTC', 'YYYY'),"
          + " count(*) from best where published_at is not null group by 2"
          + " union all select 'hazard', h, count(*) from best cross join unnest(best.hazards) h"
          + " group by h)";

  /**
   * The reader's words as a document of {@code alias} has them: its language's configuration OR-ed
   * with the unstemmed one. Each branch is a constant the planner computes once.
   */
  static String ownQuery(String alias) {
    return "(case "
        + alias
        + ".language when 'es' then websearch_to_tsquery('sp_es', :q)"
        + " when 'pt' then websearch_to_tsquery('sp_pt', :q)"
        + " when 'fr' then websearch_to_tsquery('sp_fr', :q)"
        + " else websearch_to_tsquery('sp_en', :q) end"
        + " || websearch_to_tsquery('sp_simple', :q))";
  }

  /**
   * How many items are ranked: a query with fewer matches is ranked whole; past it, the rest follow
   * the ranked ones by date.
   */
  static final int RANKED_MATCHES = 200;

  /** The languages with a partial index of words each, in the order the arms are written. */
  private static final List<String> INDEXED_LANGUAGES = List.of("en", "es", "pt", "fr");

  /**
   * A document's own language's query OR the unstemmed one, {@code %s} standing for the language's
   * configuration.
   */
  static final String OWN_QUERY =
      "@@ (websearch_to_tsquery('%s', :q) || websearch_to_tsquery('sp_simple', :q))";

  /**
   * {@code alias.vector} tested against a tsquery (written after the vector, {@code %s} standing
   * for the configuration of the document's language) in each language apart: four arms that each
   * name its language, so that each reaches that language's partial GIN index ({@code
   * search_document_vector_en} and so on) and the index's answer needs no recheck. The words are
   * written out rather than computed once in a CTE: the planner folds them into constants and
   * prices each index from its words (from a parameter it cannot, and assumes a scan of the whole
   * index).
   */
  static String inItsLanguage(String alias, String test) {
    StringBuilder arms = new StringBuilder("(");
    for (String language : INDEXED_LANGUAGES) {
      if (arms.length() > 1) {
        arms.append(" or ");
      }
      arms.append("(")
          .append(alias)
          .append(".language = '")
          .append(language)
          .append("' and ")
          .append(alias)
          .append(".vector ")
          .append(test.replace("%s", TextConfigs.of(language)))
          .append(")");
    }
    return arms.append(")").toString();
  }

  /**
   * The order of results: the reader's language, then the ranked cut by rank, then the newest. Over
   * rows {@code b} with a {@code score}, null outside the cut.
   */
  static final String ORDER =
      " order by (b.language = :lang) desc, (b.score is not null) desc, b.score desc nulls last,"
          + " b.published_at desc nulls last, b.id";

  private static OffsetDateTime startOf(int year) {
    return LocalDate.of(year, 1, 1).atStartOfDay().atOffset(ZoneOffset.UTC);
  }
}
