package org.safeports.content;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeports.platform.web.Language;
import org.safeports.platform.web.SitemapEntries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page, the news list and every published item in each language it can be read in, with
 * its alternates in the other languages ({@code hreflang}), so that search engines send each reader
 * to their language.
 */
@Component
class ContentSitemap implements SitemapEntries {

  private final JdbcClient jdbc;
  private final ContentAddressLanguages addresses;
  private final Clock clock;

  ContentSitemap(JdbcClient jdbc, ContentAddressLanguages addresses, Clock clock) {
    this.jdbc = jdbc;
    this.addresses = addresses;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Entry> sitemapEntries() {
    List<Row> rows =
        jdbc.sql(
                """
                select i.id, i.kind, t.language, t.slug, t.updated_at
                from content_item i join content_translation t on t.item_id = i.id
                where i.status = 'PUBLISHED' and (i.publish_at is null or i.publish_at <= :now)
                  and (t.status = 'PUBLISHED' or t.language = i.original_language)
                order by i.kind, i.id, t.language
                """)
            .param("now", Timestamp.from(clock.instant()))
            .query(
                (rs, n) ->
                    new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5)))
            .list();
    Map<Long, List<Row>> byItem = new LinkedHashMap<>();
    rows.forEach(r -> byItem.computeIfAbsent(r.itemId(), k -> new ArrayList<>()).add(r));

    Map<String, String> owners = addresses.owners(rows.stream().map(Row::slug).toList());
    List<Entry> entries = new ArrayList<>();
    for (String path : List.of("/", "/news", "/feeds")) {
      Map<String, String> alternates = new LinkedHashMap<>();
      for (Language language : Language.all()) {
        alternates.put(language.code(), path + "?lang=" + language.code());
      }
      entries.add(new Entry(path, null, alternates));
    }
    for (List<Row> item : byItem.values()) {
      Map<String, String> alternates = new LinkedHashMap<>();
      for (Row row : item) {
        alternates.put(row.language(), path(row, owners));
      }
      for (Row row : item) {
        entries.add(new Entry(path(row, owners), row.updated().toInstant(), alternates));
      }
    }
    return entries;
  }

  private record Row(long itemId, String kind, String language, String slug, Timestamp updated) {}

  private String path(Row row, Map<String, String> owners) {
    ContentKind kind = ContentKind.valueOf(row.kind());
    return addresses.path(kind, row.slug(), row.language(), owners);
  }
}
