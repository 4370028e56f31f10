package org.safeports.search;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The writing side of the index: an item's rows replaced, a source's rows dropped, the vocabulary
 * kept; each moves the {@link SearchIndexVersion index's version} once the transaction commits.
 * Callers hold the transaction and {@link #lock(String) the source's lock}.
 */
@Repository
class SearchIndex {

  /** How much of a body is indexed: a tsvector holds 16,383 positions, and a page shows one. */
  static final int BODY_CHARS = 60_000;

  private static final String VECTOR =
      "setweight(to_tsvector(cast(:cfg as regconfig), :title), 'A')"
          + " || setweight(to_tsvector(cast(:cfg as regconfig), :summary), 'B')"
          + " || to_tsvector(cast(:cfg as regconfig), :body)"
          + " || setweight(to_tsvector('sp_simple', :title), 'A')"
          + " || setweight(to_tsvector('sp_simple', :summary), 'B')"
          + " || to_tsvector('sp_simple', :body)";

  private static final String INSERT =
      "insert into search_document (source, ref, language, title, summary, body, path, access,"
          + " country, hazards, published_at, vector) values (:source, :ref, :language, :title,"
          + " :summary, :body, :path, string_to_array(:access, ','), :country,"
          + " string_to_array(:hazards, ','), :publishedAt, "
          + VECTOR
          + ") on conflict (source, ref, language) do update set title = excluded.title,"
          + " summary = excluded.summary, body = excluded.body, path = excluded.path,"
          + " access = excluded.access, country = excluded.country, hazards = excluded.hazards,"
          + " published_at = excluded.published_at, vector = excluded.vector, indexed_at = now()";

  /** The words of what everyone may read, for "did you mean". */
  private static final String WORDS_OF_ITEM =
      "insert into search_word (word) select distinct w from search_document d,"
          + " unnest(tsvector_to_array(to_tsvector('sp_simple',"
          + " d.title || ' ' || d.summary || ' ' || d.body))) w"
          + " where d.source = :source and d.ref = :ref and 'PUBLIC' = any(d.access)"
          + " and w ~ '^[a-z]{4,30}$' on conflict do nothing";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate named;
  private final SearchIndexVersion version;

  SearchIndex(JdbcClient jdbc, NamedParameterJdbcTemplate named, SearchIndexVersion version) {
    this.jdbc = jdbc;
    this.named = named;
    this.version = version;
  }

  /**
   * Waits for, then holds until the transaction ends, the source's lock: an item's change and a
   * rebuild of its source never interleave, on one instance or several.
   */
  void lock(String source) {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('search:' || :source))")
        .param("source", source)
        .query((rs, n) -> 1)
        .single();
  }

  /** The item's rows become its documents (none: the item is gone from the search). */
  void replace(String source, String ref, List<SearchDocument> documents) {
    jdbc.sql("delete from search_document where source = :source and ref = :ref")
        .param("source", source)
        .param("ref", ref)
        .update();
    if (!documents.isEmpty()) {
      insert(documents);
      jdbc.sql(WORDS_OF_ITEM).param("source", source).param("ref", ref).update();
    }
    version.changed();
  }

  /** Adds or replaces documents in one batch. */
  void insert(List<SearchDocument> documents) {
    SqlParameterSource[] rows =
        documents.stream().map(SearchIndex::row).toArray(SqlParameterSource[]::new);
    named.batchUpdate(INSERT, rows);
    version.changed();
  }

  /** Drops every row of a source (a rebuild's start). */
  void dropSource(String source) {
    jdbc.sql("delete from search_document where source = :source").param("source", source).update();
    version.changed();
  }

  /** Drops the rows of sources no longer present. */
  void dropSourcesOtherThan(List<String> sources) {
    jdbc.sql("delete from search_document where not (source = any(string_to_array(:s, ',')))")
        .param("s", String.join(",", sources))
        .update();
    version.changed();
  }

  /** The vocabulary from scratch: the words of every public document. */
  void refreshVocabulary() {
    jdbc.sql("delete from search_word").update();
    jdbc.sql(
            "insert into search_word (word) select word from ts_stat('select"
                + " to_tsvector(''sp_simple'', title || '' '' || summary || '' '' || body)"
                + " from search_document where ''PUBLIC'' = any(access)')"
                + " where word ~ '^[a-z]{4,30}$'")
        .update();
    version.changed();
  }

  boolean empty() {
    return !jdbc.sql("select exists (select 1 from search_document)").query(Boolean.class).single();
  }

  private static SqlParameterSource row(SearchDocument d) {
    return new MapSqlParameterSource(
            Map.ofEntries(
                Map.entry("source", d.source()),
                Map.entry("ref", d.ref()),
                Map.entry("language", d.language()),
                Map.entry("cfg", TextConfigs.of(d.language())),
                Map.entry("title", Highlights.unmarked(d.title())),
                Map.entry("summary", Highlights.unmarked(d.summary())),
                Map.entry("body", Highlights.unmarked(bodyOf(d))),
                Map.entry("path", d.path()),
                Map.entry("access", String.join(",", d.access())),
                Map.entry("hazards", String.join(",", d.hazards()))))
        .addValue("country", d.country())
        .addValue("publishedAt", d.publishedAt() == null ? null : Timestamp.from(d.publishedAt()));
  }

  private static String bodyOf(SearchDocument d) {
    String body = d.body();
    return body.length() <= BODY_CHARS ? body : body.substring(0, BODY_CHARS);
  }
}
