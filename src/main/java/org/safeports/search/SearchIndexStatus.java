package org.safeports.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** What the index's screen shows: documents per source and language, the last rebuild. */
@Repository
class SearchIndexStatus {

  record SourceCount(String source, String language, long documents) {}

  record LastRebuild(Instant startedAt, Instant finishedAt, int documents, String startedBy) {}

  private final JdbcClient jdbc;

  SearchIndexStatus(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  List<SourceCount> counts() {
    return jdbc.sql(
            "select source, language, count(*) from search_document"
                + " group by source, language order by source, language")
        .query((rs, n) -> new SourceCount(rs.getString(1), rs.getString(2), rs.getLong(3)))
        .list();
  }

  @Transactional(readOnly = true)
  Optional<LastRebuild> lastRebuild() {
    return jdbc.sql(
            "select started_at, finished_at, documents, started_by from search_rebuild"
                + " order by id desc limit 1")
        .query(
            (rs, n) ->
                new LastRebuild(
                    instant(rs.getTimestamp(1)),
                    instant(rs.getTimestamp(2)),
                    rs.getInt(3),
                    rs.getString(4)))
        .optional();
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
