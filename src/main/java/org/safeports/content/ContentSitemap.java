package org.safeports.content;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeports.platform.PortalProperties;
import org.safeports.platform.web.FeedWriter;
import org.safeports.platform.web.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every public page with its alternates in the other languages ({@code hreflang}), so that search
 * engines send each reader to their language.
 */
@Component
class ContentSitemap {

  private final JdbcClient jdbc;
  private final PortalProperties properties;
  private final Clock clock;

  ContentSitemap(JdbcClient jdbc, PortalProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  String render() {
    record Row(long itemId, String kind, String language, String slug, Timestamp updated) {}
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

    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append(
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for (String path : List.of("/", "/news")) {
      xml.append("<url><loc>").append(FeedWriter.escape(properties.link(path))).append("</loc>");
      for (Language language : Language.all()) {
        alternate(xml, language.code(), path + "?lang=" + language.code());
      }
      xml.append("</url>\n");
    }
    for (List<Row> item : byItem.values()) {
      for (Row row : item) {
        String prefix = row.kind().equals("NEWS") ? "/news/" : "/pages/";
        xml.append("<url><loc>")
            .append(FeedWriter.escape(properties.link(prefix + row.slug())))
            .append("</loc>");
        xml.append("<lastmod>")
            .append(row.updated().toInstant().toString(), 0, 10)
            .append("</lastmod>");
        for (Row other : item) {
          alternate(xml, other.language(), prefix + other.slug());
        }
        xml.append("</url>\n");
      }
    }
    xml.append("</urlset>\n");
    return xml.toString();
  }

  private void alternate(StringBuilder xml, String language, String path) {
    xml.append("<xhtml:link rel=\"alternate\" hreflang=\"")
        .append(language)
        .append("\" href=\"")
        .append(FeedWriter.escape(properties.link(path)))
        .append("\"/>");
  }
}
