package org.safeports.library;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.safeports.search.SearchDocument;
import org.safeports.search.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published library documents as the site search reads them: one document per language the document
 * has a title in, with that language's title and description and the current file's extracted text
 * as body (in every language: the file is in one, the reader may search in another). Who may find
 * it follows {@link AccessLevel#readableBy} exactly: members are associates and PFSOs (delegates
 * and editors through the role hierarchy), delegates and PFSOs their roles.
 */
@Component
class LibrarySearchSource implements SearchSource {

  static final String NAME = "library";

  /** Documents per batch when the index is rebuilt: extracted texts can be long. */
  static final int BATCH = 25;

  private static final String PUBLISHED =
      """
      select d.id, d.country_code, d.hazards, d.access_level, d.published_at,
             coalesce(v.extracted_text, '') as body
      from library_document d left join library_version v on v.id = d.current_version_id
      where d.status = 'PUBLISHED'
      """;

  private final JdbcClient jdbc;

  LibrarySearchSource(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  @Transactional(readOnly = true)
  public List<SearchDocument> documents(String ref) {
    OptionalLong id = SearchSource.numericRef(ref);
    if (id.isEmpty()) {
      return List.of();
    }
    return documents(
        jdbc.sql(PUBLISHED + " and d.id = :id")
            .param("id", id.getAsLong())
            .query(this::row)
            .list());
  }

  @Override
  @Transactional(readOnly = true)
  public void everything(Consumer<List<SearchDocument>> sink) {
    SearchSource.inIdOrder(
        after ->
            jdbc.sql(PUBLISHED + " and d.id > :after order by d.id limit :limit")
                .param("after", after)
                .param("limit", BATCH)
                .query(this::row)
                .list(),
        Row::id,
        this::documents,
        sink);
  }

  /** Who may read a document of this level, as the search names them. */
  static Set<String> access(AccessLevel level) {
    return switch (level) {
      case PUBLIC -> Set.of(SearchDocument.PUBLIC);
      case MEMBERS -> Set.of("ASSOCIATE", "PFSO");
      case DELEGATES -> Set.of("DELEGATE");
      case PFSOS -> Set.of("PFSO");
    };
  }

  private List<SearchDocument> documents(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, Row> byId = new LinkedHashMap<>();
    rows.forEach(r -> byId.put(r.id(), r));
    List<SearchDocument> documents = new ArrayList<>();
    jdbc.sql(
            """
            select document_id, language, title, description from library_description
            where document_id in (:ids) order by document_id, language
            """)
        .param("ids", byId.keySet())
        .query(
            rs -> {
              Row row = byId.get(rs.getLong(1));
              String language = rs.getString(2);
              documents.add(
                  new SearchDocument(
                      NAME,
                      Long.toString(row.id()),
                      language,
                      rs.getString(3),
                      rs.getString(4),
                      row.body(),
                      "/library/" + row.id() + "?lang=" + language,
                      access(row.level()),
                      row.country(),
                      row.hazards(),
                      row.publishedAt() == null ? null : row.publishedAt().toInstant()));
            });
    return documents;
  }

  private Row row(java.sql.ResultSet rs, int n) throws SQLException {
    Array hazards = rs.getArray("hazards");
    Set<String> names =
        hazards == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) hazards.getArray()));
    return new Row(
        rs.getLong("id"),
        rs.getString("country_code"),
        names,
        AccessLevel.valueOf(rs.getString("access_level")),
        rs.getTimestamp("published_at"),
        rs.getString("body"));
  }

  private record Row(
      long id,
      String country,
      Set<String> hazards,
      AccessLevel level,
      Timestamp publishedAt,
      String body) {}
}
