package org.safeports.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reading side of the index, in SQL: a page of results, its facets (and so its total) and, when
 * nothing matched, "did you mean" are one statement, whatever the number of documents. Only
 * documents whose access keys meet the reader's are ever read, for the results, the counts, and the
 * titles suggested while typing.
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
    JdbcTemplate template = new PlannedWithTheWords(dataSource);
    template.setQueryTimeout(TIMEOUT_SECONDS);
    this.jdbc = JdbcClient.create(template);
  }

  /**
   * Statements the database plans with the reader's words every time. The driver sends a statement
   * run five times as a prepared one, and the database then settles on a plan made without the
   * parameters' values: it can no longer compute the words' queries once, estimates ten matches,
   * and tests every candidate's vector again (a common word's statement took twice as long). Never
   * prepared, each statement is planned with its values.
   */
  private static final class PlannedWithTheWords extends JdbcTemplate {

    PlannedWithTheWords(DataSource dataSource) {
      super(dataSource);
    }

    @Override
    protected void applyStatementSettings(Statement statement) throws SQLException {
      super.applyStatementSettings(statement);
      statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }
  }

  /**
   * What one statement finds: the facets (and so the total), a page of hits, corrections. Read
   * only: {@link SearchResults} hands the same one to several readers.
   */
  record Found(Map<String, List<FacetValue>> facets, List<Hit> hits, List<String> corrections) {

    long total() {
      return facets.get("kind").stream().mapToLong(FacetValue::count).sum();
    }
  }

  /**
   * A search in one statement: the matches are found and each item's best document chosen once, and
   * from them come the facets, the page asked for and, when nothing matched, the closest word of
   * the vocabulary for each of {@code words}. The rows are told apart by {@code part}.
   */
  @Transactional(readOnly = true)
  Found find(SearchQuery query, String readerLanguage, String keys, List<String> words) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("limit", SearchQuery.PAGE_SIZE);
    params.put("offset", query.offset());
    params.put("passageChars", PASSAGE_CHARS);
    params.put("words", String.join(" ", words));
    String sql =
        SearchSql.rankedMatches(query, readerLanguage, keys, params)
            + ", scored as (select b.*, r.score from best b left join ranked r on r.id = b.id)"
            + ", page as (select b.*, row_number() over ("
            + SearchSql.ORDER
            + ") as pos from scored b"
            + SearchSql.ORDER
            + " limit :limit offset :offset), "
            + SearchSql.FACETS
            + " select 0 as part, f.facet, f.value, f.n, null::bigint as pos, null as source,"
            + " null as ref, null as language, null as country, null::timestamptz as published_at,"
            + " null as path, null as summary, null as title, null as passage from facets f"
            + " union all select 1, null, null, null, b.pos, b.source, b.ref, b.language,"
            + " b.country, b.published_at, d.path, d.summary,"
            + " ts_headline(cast('sp_' || d.language as regconfig), d.title, "
            + SearchSql.ownQuery("d")
            + ", "
            + TITLE_OPTIONS
            + "), ts_headline(cast('sp_' || d.language as regconfig), left(d.body, :passageChars), "
            + SearchSql.ownQuery("d")
            + ", "
            + HEADLINE_OPTIONS
            + ") from page b join search_document d on d.id = b.id"
            + " union all select 2, null, "
            + CORRECTION
            + ", null, t.n, null, null, null, null, null, null, null, null, null"
            + " from unnest(string_to_array(:words, ' ')) with ordinality t(word, n)"
            + " where :words <> '' and not exists (select 1 from best)"
            + " order by part, pos, facet, n desc, value";
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (String name : List.of("kind", "language", "country", "year", "hazard")) {
      facets.put(name, new ArrayList<>());
    }
    List<Hit> hits = new ArrayList<>();
    List<String> corrections = new ArrayList<>();
    jdbc.sql(sql)
        .params(params)
        .query(
            rs -> {
              switch (rs.getInt("part")) {
                case 0 ->
                    facets
                        .get(rs.getString("facet"))
                        .add(new FacetValue(rs.getString("value"), rs.getLong("n")));
                case 1 -> hits.add(hit(rs));
                default -> corrections.add(rs.getString("value"));
              }
            });
    facets.replaceAll((name, values) -> List.copyOf(values));
    return new Found(
        Collections.unmodifiableMap(facets), List.copyOf(hits), List.copyOf(corrections));
  }

  /**
   * The closest word of the vocabulary to {@code t.word} when the word is not in it, else the word
   * itself, over the trigram index.
   */
  private static final String CORRECTION =
      "case when exists (select 1 from search_word w where w.word = t.word)"
          + " then t.word else coalesce((select w.word from search_word w"
          + " where w.word % t.word order by similarity(w.word, t.word) desc, w.word"
          + " limit 1), t.word) end";

  private static Hit hit(ResultSet rs) throws SQLException {
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
  }

  /** Titles whose words start with what was typed, the reader's language first. */
  @Transactional(readOnly = true)
  List<Suggestion> titles(String prefixQuery, String readerLanguage, String keys, int limit) {
    return jdbc.sql(
            "select title, path, language from (select distinct on (d.source collate \"C\","
                + " d.ref collate \"C\") d.title, d.path, d.language, d.published_at"
                + " from search_document d"
                + " where "
                + SearchSql.inItsLanguage("d", "@@ to_tsquery('sp_simple', :prefix)")
                + " and d.access && string_to_array(:keys, ',')"
                + " order by d.source collate \"C\", d.ref collate \"C\","
                + " (d.language = :lang) desc) t"
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
