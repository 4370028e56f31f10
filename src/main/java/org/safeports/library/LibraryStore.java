package org.safeports.library;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.safeports.library.LibraryRecords.Description;
import org.safeports.library.LibraryRecords.Document;
import org.safeports.library.LibraryRecords.Download;
import org.safeports.library.LibraryRecords.Listed;
import org.safeports.library.LibraryRecords.Version;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's SQL. The library is mostly searching, listing and streaming bytes, so it speaks SQL
 * through {@link JdbcClient} rather than mapping entities: each page is a known, small number of
 * statements, whatever the size of the library.
 */
@Repository
class LibraryStore {

  static final int CHUNK_SIZE = 512 * 1024;
  static final String HIGHLIGHT_START = "\uE000";
  static final String HIGHLIGHT_END = "\uE001";

  /** The words of a search in the four languages' configurations, OR-ed: one index scan. */
  private static final String QUERY =
      "(websearch_to_tsquery('english', :q) || websearch_to_tsquery('spanish', :q)"
          + " || websearch_to_tsquery('portuguese', :q) || websearch_to_tsquery('french', :q))";

  private static final String DOCUMENT_COLUMNS =
      "d.id, d.doc_type, d.country_code, d.port, d.hazards, d.language, d.year, d.access_level,"
          + " d.status, d.review_note, d.last_reviewed, d.current_version_id, d.submitted_by,"
          + " d.created_at, d.updated_at, d.published_at, d.version";

  private static final String LISTED_COLUMNS =
      "d.id, coalesce(t.title, o.title) as title, coalesce(t.language, o.language) as title_language,"
          + " d.doc_type, d.country_code, d.port, d.hazards, d.language, d.year, d.access_level,"
          + " d.status, d.last_reviewed, d.published_at, v.format, v.size_bytes,"
          + " exists (select 1 from library_version p where p.document_id = d.id and not p.approved)"
          + " as pending_version";

  /** The public listing shows published documents only: no waiting versions to flag. */
  private static final String PUBLIC_LISTED_COLUMNS =
      "d.id, coalesce(t.title, o.title) as title, coalesce(t.language, o.language) as title_language,"
          + " d.doc_type, d.country_code, d.port, d.hazards, d.language, d.year, d.access_level,"
          + " d.status, d.last_reviewed, d.published_at, v.format, v.size_bytes,"
          + " false as pending_version";

  private static final String LISTED_JOINS =
      " join library_description o on o.document_id = d.id and o.language = d.language"
          + " left join library_description t on t.document_id = d.id and t.language = :lang"
          + " left join library_version v on v.id = d.current_version_id";

  /** Plans still in the library not reviewed in the last year (see DocumentType.reviewOverdue). */
  private static final String PLAN_REVIEW_OVERDUE =
      " d.doc_type in ('CONTINGENCY_PLAN', 'EMERGENCY_OPERATIONS_PLAN')"
          + " and d.status <> 'WITHDRAWN'"
          + " and (d.last_reviewed is null or d.last_reviewed < current_date - interval '1 year')";

  private final JdbcClient jdbc;

  LibraryStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** For tests: a smaller first cut, to see a search that matches more than it ranks. */
  void rankedMatches(int count) {
    rankedMatches = count;
  }

  // ---- writing ----

  long insertDocument(
      DocumentType type,
      String countryCode,
      String port,
      List<Hazard> hazards,
      String language,
      int year,
      AccessLevel level,
      DocumentStatus status,
      LocalDate lastReviewed,
      Long submittedBy,
      Instant now) {
    return jdbc.sql(
            """
            insert into library_document (doc_type, country_code, port, hazards, language, year,
                access_level, status, last_reviewed, submitted_by, created_at, updated_at, published_at)
            values (:type, :country, :port, string_to_array(:hazards, ',')::varchar[], :language, :year,
                :level, :status, :reviewed, :submittedBy, :now, :now, :publishedAt)
            returning id
            """)
        .param("type", type.name())
        .param("country", countryCode)
        .param("port", port)
        .param("hazards", join(hazards))
        .param("language", language)
        .param("year", year)
        .param("level", level.name())
        .param("status", status.name())
        .param("reviewed", lastReviewed)
        .param("submittedBy", submittedBy)
        .param("now", Timestamp.from(now))
        .param("publishedAt", status == DocumentStatus.PUBLISHED ? Timestamp.from(now) : null)
        .query(Long.class)
        .single();
  }

  /** Changes the metadata only if nobody saved since the reader loaded it. */
  boolean updateMetadata(
      long id,
      long expectedVersion,
      DocumentType type,
      String countryCode,
      String port,
      List<Hazard> hazards,
      String language,
      int year,
      AccessLevel level,
      LocalDate lastReviewed,
      Instant now) {
    return jdbc.sql(
                """
                update library_document set doc_type = :type, country_code = :country, port = :port,
                    hazards = string_to_array(:hazards, ',')::varchar[], language = :language,
                    year = :year, access_level = :level, last_reviewed = :reviewed,
                    updated_at = :now, version = version + 1
                where id = :id and version = :expected
                """)
            .param("type", type.name())
            .param("country", countryCode)
            .param("port", port)
            .param("hazards", join(hazards))
            .param("language", language)
            .param("year", year)
            .param("level", level.name())
            .param("reviewed", lastReviewed)
            .param("now", Timestamp.from(now))
            .param("id", id)
            .param("expected", expectedVersion)
            .update()
        == 1;
  }

  void setStatus(long id, DocumentStatus status, String note, Instant now) {
    jdbc.sql(
            """
            update library_document set status = :status, review_note = :note, updated_at = :now,
                published_at = case when :status = 'PUBLISHED' then coalesce(published_at, :now)
                                     else published_at end,
                version = version + 1
            where id = :id
            """)
        .param("status", status.name())
        .param("note", note)
        .param("now", Timestamp.from(now))
        .param("id", id)
        .update();
  }

  void markReviewed(long id, LocalDate day, Instant now) {
    jdbc.sql(
            "update library_document set last_reviewed = :day, updated_at = :now,"
                + " version = version + 1 where id = :id")
        .param("day", day)
        .param("now", Timestamp.from(now))
        .param("id", id)
        .update();
  }

  void replaceDescriptions(long id, List<Description> descriptions) {
    jdbc.sql("delete from library_description where document_id = :id").param("id", id).update();
    for (Description d : descriptions) {
      jdbc.sql(
              "insert into library_description (document_id, language, title, description)"
                  + " values (:id, :language, :title, :description)")
          .param("id", id)
          .param("language", d.language())
          .param("title", d.title())
          .param("description", d.description() == null ? "" : d.description())
          .update();
    }
  }

  /** Stores the bytes in chunks; the caller's transaction makes it all-or-nothing. */
  long insertFile(InspectedFile file) {
    byte[] content = file.content();
    int chunks = (content.length + CHUNK_SIZE - 1) / CHUNK_SIZE;
    long fileId =
        jdbc.sql(
                "insert into library_file (sha256, size_bytes, chunks) values (:sha, :size, :chunks)"
                    + " returning id")
            .param("sha", file.sha256())
            .param("size", (long) content.length)
            .param("chunks", chunks)
            .query(Long.class)
            .single();
    for (int seq = 0; seq < chunks; seq++) {
      int from = seq * CHUNK_SIZE;
      jdbc.sql("insert into library_file_chunk (file_id, seq, data) values (:file, :seq, :data)")
          .param("file", fileId)
          .param("seq", seq)
          .param(
              "data",
              Arrays.copyOfRange(content, from, Math.min(content.length, from + CHUNK_SIZE)))
          .update();
    }
    return fileId;
  }

  long insertVersion(
      long documentId,
      long fileId,
      InspectedFile file,
      boolean approved,
      String note,
      Long uploadedBy,
      String uploadedByName,
      Instant now) {
    return jdbc.sql(
            """
            insert into library_version (document_id, number, file_id, file_name, format, media_type,
                size_bytes, pages, extracted_text, approved, note, uploaded_by, uploaded_by_name,
                uploaded_at)
            values (:doc, (select coalesce(max(number), 0) + 1 from library_version where document_id = :doc),
                :file, :name, :format, :mediaType, :size, :pages, :text, :approved, :note, :by, :byName, :now)
            returning id
            """)
        .param("doc", documentId)
        .param("file", fileId)
        .param("name", file.fileName())
        .param("format", file.format().name())
        .param("mediaType", file.format().mediaType())
        .param("size", file.size())
        .param("pages", file.pages())
        .param("text", file.text().replace("\u0000", ""))
        .param("approved", approved)
        .param("note", note)
        .param("by", uploadedBy)
        .param("byName", uploadedByName)
        .param("now", Timestamp.from(now))
        .query(Long.class)
        .single();
  }

  /** Approves the waiting versions and makes the newest approved one current. */
  void approveVersionsAndSetCurrent(long documentId) {
    jdbc.sql("update library_version set approved = true where document_id = :id and not approved")
        .param("id", documentId)
        .update();
    setCurrentToNewestApproved(documentId);
  }

  void setCurrentToNewestApproved(long documentId) {
    jdbc.sql(
            """
            update library_document set current_version_id = (select id from library_version
                where document_id = :id and approved order by number desc limit 1)
            where id = :id
            """)
        .param("id", documentId)
        .update();
  }

  /** Drops versions an editor did not accept, and files nothing else refers to. */
  void deleteUnapprovedVersions(long documentId) {
    List<Long> files =
        jdbc.sql(
                "delete from library_version where document_id = :id and not approved returning file_id")
            .param("id", documentId)
            .query(Long.class)
            .list();
    for (Long file : files) {
      jdbc.sql(
              "delete from library_file f where f.id = :file"
                  + " and not exists (select 1 from library_version v where v.file_id = f.id)")
          .param("file", file)
          .update();
    }
  }

  void refreshSearch(long documentId) {
    jdbc.sql("select library_refresh_search(:id)").param("id", documentId).query().singleRow();
  }

  void replaceRelated(long documentId, List<Long> related) {
    jdbc.sql("delete from library_related where document_id = :id")
        .param("id", documentId)
        .update();
    for (Long other : related) {
      jdbc.sql(
              "insert into library_related (document_id, related_id) select :id, d.id"
                  + " from library_document d where d.id = :other and d.id <> :id"
                  + " on conflict do nothing")
          .param("id", documentId)
          .param("other", other)
          .update();
    }
  }

  // ---- reading ----

  Optional<Document> document(long id) {
    return jdbc.sql("select " + DOCUMENT_COLUMNS + " from library_document d where d.id = :id")
        .param("id", id)
        .query(LibraryStore::document)
        .optional();
  }

  List<Description> descriptions(long id) {
    return jdbc.sql(
            "select language, title, description from library_description where document_id = :id"
                + " order by language")
        .param("id", id)
        .query((rs, n) -> new Description(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  List<Version> versions(long documentId) {
    return jdbc.sql(
            "select id, document_id, number, file_id, file_name, format, media_type, size_bytes,"
                + " pages, approved, note, uploaded_by_name, uploaded_at from library_version"
                + " where document_id = :id order by number desc")
        .param("id", documentId)
        .query(LibraryStore::version)
        .list();
  }

  /** Streams a file's bytes chunk by chunk: memory stays at one chunk per download. */
  void writeFile(long fileId, int chunks, OutputStream out) {
    for (int seq = 0; seq < chunks; seq++) {
      byte[] data =
          jdbc.sql("select data from library_file_chunk where file_id = :file and seq = :seq")
              .param("file", fileId)
              .param("seq", seq)
              .query(byte[].class)
              .single();
      try {
        out.write(data);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  int chunks(long fileId) {
    return jdbc.sql("select chunks from library_file where id = :id")
        .param("id", fileId)
        .query(Integer.class)
        .single();
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
                    + PUBLIC_LISTED_COLUMNS
                    + " from library_document d"
                    + LISTED_JOINS
                    + where
                    + order
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", LibraryFilter.PAGE_SIZE)
            .param("offset", filter.page() * LibraryFilter.PAGE_SIZE)
            .query(LibraryStore::listed)
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
                    + PUBLIC_LISTED_COLUMNS
                    + ", page.total from page join library_document d on d.id = page.id"
                    + LISTED_JOINS
                    + ordered.order())
            .params(params)
            .param("ranked", rankedMatches)
            .param("limit", LibraryFilter.PAGE_SIZE)
            .param("offset", filter.page() * LibraryFilter.PAGE_SIZE)
            .query(
                (rs, n) -> {
                  totals.add(rs.getLong("total"));
                  return listed(rs, n);
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
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> result.put(rs.getLong(1), rs.getString(2)));
    return result;
  }

  /** Every document for the secretariat, in any state, with optional narrowing. */
  List<Listed> forEditors(
      DocumentStatus status,
      DocumentType type,
      boolean overdueOnly,
      String country,
      String lang,
      int limit) {
    StringBuilder where = new StringBuilder(" where true");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("lang", lang);
    if (status != null) {
      where.append(" and d.status = :status");
      params.put("status", status.name());
    }
    if (type != null) {
      where.append(" and d.doc_type = :type");
      params.put("type", type.name());
    }
    if (country != null) {
      where.append(" and d.country_code = :country");
      params.put("country", country);
    }
    if (overdueOnly) {
      where.append(" and").append(PLAN_REVIEW_OVERDUE);
    }
    return jdbc.sql(
            "select "
                + LISTED_COLUMNS
                + " from library_document d"
                + LISTED_JOINS
                + where
                + " order by (d.status = 'PENDING' or exists (select 1 from library_version p"
                + " where p.document_id = d.id and not p.approved)) desc, d.updated_at desc, d.id desc"
                + " limit :limit")
        .params(params)
        .param("limit", limit)
        .query(LibraryStore::listed)
        .list();
  }

  /** Documents an editor has to look at: delegates' plans and new versions waiting. */
  long awaitingReview() {
    return jdbc.sql(
            "select count(*) from library_document d where d.status = 'PENDING' or exists"
                + " (select 1 from library_version v where v.document_id = d.id and not v.approved)")
        .query(Long.class)
        .single();
  }

  long plansReviewOverdue() {
    return jdbc.sql("select count(*) from library_document d where" + PLAN_REVIEW_OVERDUE)
        .query(Long.class)
        .single();
  }

  List<Listed> related(long documentId, String lang) {
    return jdbc.sql(
            "select "
                + LISTED_COLUMNS
                + " from library_related r join library_document d on d.id = r.related_id"
                + LISTED_JOINS
                + " where r.document_id = :doc and d.status = 'PUBLISHED'"
                + " order by d.published_at desc")
        .param("doc", documentId)
        .param("lang", lang)
        .query(LibraryStore::listed)
        .list();
  }

  List<Long> relatedIds(long documentId) {
    return jdbc.sql(
            "select related_id from library_related where document_id = :doc order by related_id")
        .param("doc", documentId)
        .query(Long.class)
        .list();
  }

  /** The ports and years of the published documents, for the listing's filters: one statement. */
  LibraryFilterOptions.Options filterOptions() {
    Map<String, SortedSet<String>> ports = new TreeMap<>();
    SortedSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
    jdbc.sql(
            "select distinct country_code, port, year from library_document"
                + " where status = 'PUBLISHED'")
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> {
                  years.add(rs.getInt("year"));
                  String port = rs.getString("port");
                  if (port != null) {
                    String country = rs.getString("country_code");
                    ports
                        .computeIfAbsent(country == null ? "" : country, c -> new TreeSet<>())
                        .add(port);
                  }
                });
    return new LibraryFilterOptions.Options(ports, List.copyOf(years));
  }

  List<Download> downloads(Long documentId, int limit) {
    return jdbc.sql(
            "select l.document_id, o.title, l.version_number, l.account_email, l.account_name,"
                + " l.access_level, l.downloaded_at from library_download l"
                + " join library_document d on d.id = l.document_id"
                + " join library_description o on o.document_id = d.id and o.language = d.language"
                + (documentId == null ? "" : " where l.document_id = :doc")
                + " order by l.downloaded_at desc, l.id desc limit :limit")
        .params(documentId == null ? Map.of() : Map.of("doc", documentId))
        .param("limit", limit)
        .query(
            (rs, n) ->
                new Download(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getString(5),
                    AccessLevel.valueOf(rs.getString(6)),
                    rs.getTimestamp(7).toInstant()))
        .list();
  }

  long count() {
    return jdbc.sql("select count(*) from library_document").query(Long.class).single();
  }

  // ---- helpers ----

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

  private static String join(List<Hazard> hazards) {
    return hazards.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  private static List<Hazard> hazards(ResultSet rs) throws SQLException {
    Array array = rs.getArray("hazards");
    List<Hazard> hazards = new ArrayList<>();
    if (array != null) {
      for (Object value : (Object[]) array.getArray()) {
        hazards.add(Hazard.valueOf((String) value));
      }
    }
    return List.copyOf(hazards);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static Document document(ResultSet rs, int n) throws SQLException {
    return new Document(
        rs.getLong("id"),
        DocumentType.valueOf(rs.getString("doc_type")),
        rs.getString("country_code"),
        rs.getString("port"),
        hazards(rs),
        rs.getString("language"),
        rs.getInt("year"),
        AccessLevel.valueOf(rs.getString("access_level")),
        DocumentStatus.valueOf(rs.getString("status")),
        rs.getString("review_note"),
        rs.getObject("last_reviewed", LocalDate.class),
        rs.getObject("current_version_id", Long.class),
        rs.getObject("submitted_by", Long.class),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        instant(rs, "published_at"),
        rs.getLong("version"));
  }

  private static Version version(ResultSet rs, int n) throws SQLException {
    return new Version(
        rs.getLong("id"),
        rs.getLong("document_id"),
        rs.getInt("number"),
        rs.getLong("file_id"),
        rs.getString("file_name"),
        FileFormat.valueOf(rs.getString("format")),
        rs.getString("media_type"),
        rs.getLong("size_bytes"),
        rs.getObject("pages", Integer.class),
        rs.getBoolean("approved"),
        rs.getString("note"),
        rs.getString("uploaded_by_name"),
        instant(rs, "uploaded_at"));
  }

  private static Listed listed(ResultSet rs, int n) throws SQLException {
    String format = rs.getString("format");
    return new Listed(
        rs.getLong("id"),
        rs.getString("title"),
        rs.getString("title_language"),
        DocumentType.valueOf(rs.getString("doc_type")),
        rs.getString("country_code"),
        rs.getString("port"),
        hazards(rs),
        rs.getString("language"),
        rs.getInt("year"),
        AccessLevel.valueOf(rs.getString("access_level")),
        DocumentStatus.valueOf(rs.getString("status")),
        rs.getObject("last_reviewed", LocalDate.class),
        instant(rs, "published_at"),
        format == null ? null : FileFormat.valueOf(format),
        rs.getLong("size_bytes"),
        rs.getBoolean("pending_version"));
  }
}
