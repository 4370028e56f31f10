package org.safeports.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.safeports.library.LibraryRecords.Listed;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's full-text search and its public listing, in SQL through {@link JdbcClient}: each
 * page is a known, small number of statements whatever the size of the library, and the statements
 * are the ones the search benchmark ({@code bench/search.sh}) measures. The search vectors are
 * rebuilt here too, by the database function that owns them.
 */
@Repository
class LibrarySearch {

  static final String HIGHLIGHT_START = "\uE000";
  static final String HIGHLIGHT_END = "\uE001";

  /** The words of a search in the four languages' configurations, OR-ed: one index scan. */
  private static final String QUERY =
      "(websearch_to_tsquery('english', :q) || websearch_to_tsquery('spanish', :q)"
          + " || websearch_to_tsquery('portuguese', :q) || websearch_to_tsquery('french', :q))";

  private final JdbcClient jdbc;

  LibrarySearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** For tests: a smaller first cut, to see a search that matches more than it ranks. */
  void rankedMatches(int count) {
    rankedMatches = count;
  }

  record Listing(List<Listed> rows, long total, Map<Long, String> headlines) {}

  /** A search's order: the CTE that picks the page of matches, and the same order for its rows. */
  private record SearchOrder(String page, String order) {}

  /**
   * How many matches of a search are ranked by their words: the title and description matches
   * first, then the most recent. The rest follow by date. Ranking reads a vector per document, so
   * this bounds the cost of a query that matches most of the library; a query with fewer matches is
   * ranked whole.
   */
  static final int RANKED_MATCHES = 200;

  private volatile int rankedMatches = RANKED_MATCHES;

  /**
   * Published documents matching a filter. Documents above the reader's level are listed (their
   * title and description are public) but the words of their files are not searched: a search must
   * not reveal what a restricted file says.
   */
  @Transactional(readOnly = true)
  Listing published(LibraryFilter filter, String[] readableLevels, String lang) {
    StringBuilder where = new StringBuilder(" where d.status = 'PUBLISHED'");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("lang", lang);
    params.put("levels", String.join(",", readableLevels));
    addFilters(filter, where, params);
    if (filter.searching()) {
      return search(filter, where.toString(), params, readableLevels, lang);
    }
    String order =
        filter.sort().equals("title")
            ? " order by lower(coalesce(t.title, o.title)), d.id"
            : " order by d.published_at desc, d.id desc";
    List<Listed> rows =
        jdbc.sql(
                "select "
                    + ListedRows.PUBLIC_LISTED_COLUMNS
                    + " from library_document d"
                    + ListedRows.LISTED_JOINS
                    + where
                    + order
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", LibraryFilter.PAGE_SIZE)
            .param("offset", filter.page() * LibraryFilter.PAGE_SIZE)
            .query(ListedRows::listed)
            .list();
    long count =
        jdbc.sql("select count(*) from library_document d" + where)
            .params(params)
            .query(Long.class)
            .single();
    return new Listing(rows, count, Map.of());
  }

  /**
   * A search, in the caller's read-only transaction. The words become one tsquery first (the four
   * configurations OR-ed), so the listing's statement is planned once with it as a parameter.
   * Sequential scans are turned off for the transaction: the planner does not count the cost of
   * decompressing every document's search vector, and picks a scan of the table over the GIN index
   * for a word in most documents, which is many times slower.
   */
  private Listing search(
      LibraryFilter filter,
      String where,
      Map<String, Object> params,
      String[] readableLevels,
      String lang) {
    String query =
        jdbc.sql("select set_config('enable_seqscan', 'off', true), (" + QUERY + ")::text")
            .param("q", filter.q())
            .query((rs, n) -> rs.getString(2))
            .single();
    params.put("query", query);
    // The matches in two arms, each through its own GIN index: the readable documents whose
    // words match, and every document whose title or description match (restricted ones
    // included). Then the first cut is ranked and the page is read.
    String matches =
        "with body as materialized (select d.id, d.published_at from library_document d"
            + where
            + " and d.search @@ cast(:query as tsquery)"
            + " and d.access_level = any(string_to_array(:levels, ','))),"
            + " titled as materialized (select d.id, d.published_at,"
            + " d.access_level = any(string_to_array(:levels, ',')) as readable"
            + " from library_document d"
            + where
            + " and d.meta_search @@ cast(:query as tsquery)),"
            + " m as (select id, published_at, true as readable, false as titled from body"
            + " where id not in (select id from titled)"
            + " union all select id, published_at, readable, true from titled)";
    SearchOrder ordered =
        switch (filter.sort()) {
          case "title" ->
              new SearchOrder(
                  ", page as (select m.id, count(*) over () as total,"
                      + " lower(coalesce(t.title, o.title)) as sort_key from m"
                      + " join library_document d on d.id = m.id"
                      + " join library_description o on o.document_id = d.id and o.language = d.language"
                      + " left join library_description t on t.document_id = d.id and t.language = :lang"
                      + " order by sort_key, m.id limit :limit offset :offset)",
                  " order by page.sort_key, page.id");
          case "relevance" ->
              new SearchOrder(
                  ", cut as materialized (select id, readable from m"
                      + " order by titled desc, published_at desc, id desc limit :ranked),"
                      + " ranked as materialized (select c.id, ts_rank(case when c.readable"
                      + " then d.rank_search else d.meta_search end, cast(:query as tsquery), 1) as rank"
                      + " from cut c join library_document d on d.id = c.id),"
                      + " page as (select m.id, count(*) over () as total,"
                      + " r.rank, m.published_at from m left join ranked r on r.id = m.id"
                      + " order by r.rank desc nulls last, m.published_at desc, m.id desc"
                      + " limit :limit offset :offset)",
                  " order by page.rank desc nulls last, page.published_at desc, page.id desc");
          default ->
              new SearchOrder(
                  ", page as (select m.id, count(*) over () as total, m.published_at from m"
                      + " order by m.published_at desc, m.id desc limit :limit offset :offset)",
                  " order by page.published_at desc, page.id desc");
        };
    List<Long> totals = new ArrayList<>();
    List<Listed> rows =
        jdbc.sql(
                matches
                    + ordered.page()
                    + " select "
                    + ListedRows.PUBLIC_LISTED_COLUMNS
                    + ", page.total from page join library_document d on d.id = page.id"
                    + ListedRows.LISTED_JOINS
                    + ordered.order())
            .params(params)
            .param("ranked", rankedMatches)
            .param("limit", LibraryFilter.PAGE_SIZE)
            .param("offset", filter.page() * LibraryFilter.PAGE_SIZE)
            .query(
                (rs, n) -> {
                  totals.add(rs.getLong("total"));
                  return ListedRows.listed(rs, n);
                })
            .list();
    long count;
    if (!rows.isEmpty()) {
      count = totals.get(0);
    } else if (filter.page() == 0) {
      count = 0;
    } else {
      count =
          jdbc.sql(matches + " select count(*) from m").params(params).query(Long.class).single();
    }
    Map<Long, String> headlines =
        rows.isEmpty() ? Map.of() : headlines(rows, query, readableLevels, lang);
    return new Listing(rows, count, headlines);
  }

  /**
   * The passage that matches best, for the page's rows only: from the file's text where the reader
   * may read it (its passages, a few short rows each), from the description otherwise. Matches are
   * marked with private-use characters that the page turns into mark elements after escaping
   * everything else.
   */
  private Map<Long, String> headlines(
      List<Listed> rows, String query, String[] levels, String lang) {
    String ids = rows.stream().map(r -> Long.toString(r.id())).collect(Collectors.joining(","));
    Map<Long, String> result = new LinkedHashMap<>();
    jdbc.sql(
            // The page's passages are read by document (a few dozen rows) and matched one by one:
            // through the words' index, a frequent word would read every passage that has it.
            "with mine as materialized (select p.document_id, p.seq, p.text, p.search"
                + " from library_passage p join library_document d on d.id = p.document_id"
                + " where p.document_id = any(string_to_array(:ids, ',')::bigint[])"
                + " and d.access_level = any(string_to_array(:levels, ','))),"
                + " best as materialized (select distinct on (document_id) document_id, text"
                + " from mine where search @@ cast(:query as tsquery)"
                + " order by document_id, ts_rank(search, cast(:query as tsquery)) desc, seq)"
                + " select d.id, ts_headline(library_ts_config(d.language),"
                + " coalesce(b.text, coalesce(t.description, o.description)),"
                + " cast(:query as tsquery), :options)"
                + " from library_document d"
                + " join library_description o on o.document_id = d.id and o.language = d.language"
                + " left join library_description t on t.document_id = d.id and t.language = :lang"
                + " left join best b on b.document_id = d.id"
                + " where d.id = any(string_to_array(:ids, ',')::bigint[])")
        .param("levels", String.join(",", levels))
        .param("lang", lang)
        .param("query", query)
        .param("ids", ids)
        .param(
            "options",
            "MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=\" … \", StartSel="
                + HIGHLIGHT_START
                + ", StopSel="
                + HIGHLIGHT_END)
        .query((RowCallbackHandler) rs -> result.put(rs.getLong(1), rs.getString(2)));
    return result;
  }

  /** Rebuilds the document's search vectors and passages from its stored rows. */
  void refresh(long documentId) {
    jdbc.sql("select library_refresh_search(:id)").param("id", documentId).query().singleRow();
  }

  private static void addFilters(
      LibraryFilter filter, StringBuilder where, Map<String, Object> params) {
    if (filter.country() != null) {
      where.append(" and d.country_code = :country");
      params.put("country", filter.country());
    }
    if (filter.port() != null) {
      where.append(" and d.port = :port");
      params.put("port", filter.port());
    }
    if (filter.hazard() != null) {
      where.append(" and d.hazards @> array[:hazard]::varchar[]");
      params.put("hazard", filter.hazard().name());
    }
    if (filter.type() != null) {
      where.append(" and d.doc_type = :type");
      params.put("type", filter.type().name());
    }
    if (filter.language() != null) {
      where.append(" and d.language = :language");
      params.put("language", filter.language());
    }
    if (filter.year() != null) {
      where.append(" and d.year = :year");
      params.put("year", filter.year());
    }
  }
}
