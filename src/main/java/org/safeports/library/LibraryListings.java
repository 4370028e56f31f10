package org.safeports.library;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.safeports.library.LibraryRecords.Download;
import org.safeports.library.LibraryRecords.Listed;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The secretariat's lists of documents, the related documents of a page, the listing's filter
 * choices and the download log: reads across documents, their descriptions in the reader's language
 * and their current file, each one statement.
 */
@Repository
class LibraryListings {

  /** Plans still in the library not reviewed in the last year (see DocumentType.reviewOverdue). */
  static final String PLAN_REVIEW_OVERDUE =
      " d.doc_type in ('CONTINGENCY_PLAN', 'EMERGENCY_OPERATIONS_PLAN')"
          + " and d.status <> 'WITHDRAWN'"
          + " and (d.last_reviewed is null or d.last_reviewed < current_date - interval '1 year')";

  private final JdbcClient jdbc;

  LibraryListings(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
                + ListedRows.LISTED_COLUMNS
                + " from library_document d"
                + ListedRows.LISTED_JOINS
                + where
                + " order by (d.status = 'PENDING' or exists (select 1 from library_version p"
                + " where p.document_id = d.id and not p.approved)) desc, d.updated_at desc, d.id desc"
                + " limit :limit")
        .params(params)
        .param("limit", limit)
        .query(ListedRows::listed)
        .list();
  }

  /** Documents an editor has to look at: delegates' plans and new versions waiting. */
  long awaitingReview() {
    return jdbc.sql(
            "select count(*) from library_document d where d.id in"
                + LibraryWaitingWork.AWAITING_IDS)
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
                + ListedRows.LISTED_COLUMNS
                + " from library_related r join library_document d on d.id = r.related_id"
                + ListedRows.LISTED_JOINS
                + " where r.document_id = :doc and d.status = 'PUBLISHED'"
                + " order by d.published_at desc")
        .param("doc", documentId)
        .param("lang", lang)
        .query(ListedRows::listed)
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
            (RowCallbackHandler)
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
}
