package org.safeports.library;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeports.platform.web.SitemapEntries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every published document's page, once per language it has a title and description in. The page
 * has one address for all languages, so each language is {@code ?lang=}, which answers in it.
 */
@Component
class LibrarySitemap implements SitemapEntries {

  private final JdbcClient jdbc;

  LibrarySitemap(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Entry> sitemapEntries() {
    record Row(long id, String language, Timestamp updated) {}
    List<Row> rows =
        jdbc.sql(
                """
                select d.id, x.language, d.updated_at
                from library_document d join library_description x on x.document_id = d.id
                where d.status = 'PUBLISHED'
                order by d.id, x.language
                """)
            .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getTimestamp(3)))
            .list();
    Map<Long, List<Row>> byDocument = new LinkedHashMap<>();
    rows.forEach(r -> byDocument.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
    List<Entry> entries = new ArrayList<>();
    for (List<Row> document : byDocument.values()) {
      Map<String, String> alternates = new LinkedHashMap<>();
      document.forEach(r -> alternates.put(r.language(), path(r.id(), r.language())));
      for (Row row : document) {
        entries.add(
            new Entry(path(row.id(), row.language()), row.updated().toInstant(), alternates));
      }
    }
    return entries;
  }

  private static String path(long id, String language) {
    return "/library/" + id + "?lang=" + language;
  }
}
