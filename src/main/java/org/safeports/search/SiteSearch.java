package org.safeports.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reading side of the index, in SQL: a page of results is one statement, its facets (and so its
 * total) one more, whatever the number of documents. Only documents whose access keys meet the
 * reader's are ever read, for the results, the counts, and the titles suggested while typing.
 */
@Repository
class SiteSearch {

  /** One result: an item's best document for the reader. The HTML is escaped, words marked. */
  record Hit(
      String source,
      String ref,
      String language,
      String titleHtml,
      String passageHtml,
      String path,
      String country,
      Instant publishedAt) {}

  /** A facet's value and how many of the results have it. */
  record FacetValue(String value, long count) {}

  /** A title suggested while typing. */
  record Suggestion(String title, String path, String language) {}

  private static final String HEADLINE_OPTIONS =
      "'StartSel=\uE000, StopSel=\uE001, MaxFragments=2, MinWords=12, MaxWords=30,"
          + " FragmentDelimiter=\" … \"'";

  private static final String TITLE_OPTIONS =
      "'StartSel=\uE000, StopSel=\uE001, HighlightAll=true'";

  /**
   * How much of a body the passage is looked for in: ts_headline costs by the length it reads, and
   * a body whose start lacks the words shows its summary instead.
   */
  static final int PASSAGE_CHARS = 3000;

  /** A search that takes longer than this is cancelled: the reader is told to try again. */
  static final int TIMEOUT_SECONDS = 5;

  private final JdbcClient jdbc;

  SiteSearch(DataSource dataSource) {
    JdbcTemplate template = new JdbcTemplate(dataSource);
    template.setQueryTimeout(TIMEOUT_SECONDS);
    this.jdbc = JdbcClient.create(template);
  }

  /** The facets of a search, by facet name (kind, language, country, year, hazard). */
  @Transactional(readOnly = true)
  Map<String, List<FacetValue>> facets(SearchQuery query, String readerLanguage, String keys) {
    Map<String, Object> params = new LinkedHashMap<>();
    String sql =
        SearchSql.bestMatches(query, readerLanguage, keys, params)
            + " select 'kind' as facet, source as value, count(*) as n from best group by source"
            + " union all select 'language', language, count(*) from best group by language"
            + " union all select 'country', country, count(*) from best"
            + " where country is not null group by country"
            + " union all select 'year', to_char(published_at at time zone 'UTC', 'YYYY'),"
            + " count(*) from best where published_at is not null group by 2"
            + " union all select 'hazard', h, count(*) from best cross join unnest(best.hazards) h"
            + " group by h order by 1, 3 desc, 2";
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (String name : List.of("kind", "language", "country", "year", "hazard")) {
      facets.put(name, new ArrayList<>());
    }
    jdbc.sql(sql)
        .params(params)
        .query(
            rs -> {
              facets
                  .get(rs.getString("facet"))
                  .add(new FacetValue(rs.getString("value"), rs.getLong("n")));
            });
    return facets;
  }

  /** One page of results. */
  @Transactional(readOnly = true)
  List<Hit> page(SearchQuery query, String readerLanguage, String keys) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("limit", SearchQuery.PAGE_SIZE);
    params.put("offset", query.offset());
    params.put("passageChars", PASSAGE_CHARS);
    String sql =
        SearchSql.rankedMatches(query, readerLanguage, keys, params)
            + ", scored as (select b.*, r.score from best b left join ranked r on r.id = b.id)"
            + ", page as (select b.* from scored b"
            + SearchSql.ORDER
            + " limit :limit offset :offset)"
            + " select b.source, b.ref, b.language, b.country, b.published_at, d.path, d.summary,"
            + " ts_headline(cast('sp_' || d.language as regconfig), d.title, "
            + SearchSql.ownQuery("d")
            + ", "
            + TITLE_OPTIONS
            + ") as title,"
            + " ts_headline(cast('sp_' || d.language as regconfig), left(d.body, :passageChars), "
            + SearchSql.ownQuery("d")
            + ", "
            + HEADLINE_OPTIONS
            + ") as passage"
            + " from page b join search_document d on d.id = b.id"
            + SearchSql.ORDER;
    return jdbc.sql(sql)
        .params(params)
        .query(
            (rs, n) -> {
              String passage = rs.getString("passage");
              String summary = rs.getString("summary");
              Timestamp published = rs.getTimestamp("published_at");
              return new Hit(
                  rs.getString("source"),
                  rs.getString("ref"),
                  rs.getString("language"),
                  Highlights.html(rs.getString("title")),
                  Highlights.marked(passage) || summary.isBlank()
                      ? Highlights.html(passage)
                      : Highlights.html(summary),
                  rs.getString("path"),
                  rs.getString("country"),
                  published == null ? null : published.toInstant());
            })
        .list();
  }

  /**
   * For each word, the closest word of the vocabulary when the word is not in it (else the word
   * itself), in one statement over the trigram index.
   */
  @Transactional(readOnly = true)
  List<String> corrections(List<String> words) {
    if (words.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select case when exists (select 1 from search_word w where w.word = t.word)"
                + " then t.word else coalesce((select w.word from search_word w"
                + " where w.word % t.word order by similarity(w.word, t.word) desc, w.word"
                + " limit 1), t.word) end"
                + " from unnest(string_to_array(:words, ' ')) with ordinality t(word, n)"
                + " order by t.n")
        .param("words", String.join(" ", words))
        .query(String.class)
        .list();
  }

  /** Titles whose words start with what was typed, the reader's language first. */
  @Transactional(readOnly = true)
  List<Suggestion> titles(String prefixQuery, String readerLanguage, String keys, int limit) {
    return jdbc.sql(
            "select title, path, language from (select distinct on (d.source, d.ref) d.title,"
                + " d.path, d.language, d.published_at from search_document d"
                + " where "
                + SearchSql.inItsLanguage("d", "@@ to_tsquery('sp_simple', :prefix)")
                + " and d.access && string_to_array(:keys, ',')"
                + " order by d.source, d.ref, (d.language = :lang) desc) t"
                + " order by (t.language = :lang) desc, t.published_at desc nulls last, t.title"
                + " limit :limit")
        .param("prefix", prefixQuery)
        .param("keys", keys)
        .param("lang", readerLanguage)
        .param("limit", limit)
        .query((rs, n) -> new Suggestion(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list();
  }
}
