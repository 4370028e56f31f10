package org.safeports.voices;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeports.platform.web.SitemapEntries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every published piece, in its own language and in each published translation. A piece has one
 * address for all its languages, so each language is {@code ?lang=}, which answers in it.
 */
@Component
class VoicesSitemap implements SitemapEntries {

  private final JdbcClient jdbc;
  private final Clock clock;

  VoicesSitemap(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Entry> sitemapEntries() {
    record Row(String slug, String language, Timestamp updated) {}
    List<Row> rows =
        jdbc.sql(
                """
                select p.slug, p.language, p.updated_at, p.id
                from voices_piece p
                where p.status = 'PUBLISHED' and (p.publish_at is null or p.publish_at <= :now)
                union all
                select p.slug, t.language, t.updated_at, p.id
                from voices_piece p join voices_translation t on t.piece_id = p.id and t.published
                where p.status = 'PUBLISHED' and (p.publish_at is null or p.publish_at <= :now)
                  and t.language <> p.language
                order by 4, 2
                """)
            .param("now", Timestamp.from(clock.instant()))
            .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getTimestamp(3)))
            .list();
    Map<String, List<Row>> byPiece = new LinkedHashMap<>();
    rows.forEach(r -> byPiece.computeIfAbsent(r.slug(), k -> new ArrayList<>()).add(r));
    List<Entry> entries = new ArrayList<>();
    for (List<Row> piece : byPiece.values()) {
      Map<String, String> alternates = new LinkedHashMap<>();
      piece.forEach(r -> alternates.put(r.language(), path(r.slug(), r.language())));
      for (Row row : piece) {
        entries.add(
            new Entry(path(row.slug(), row.language()), row.updated().toInstant(), alternates));
      }
    }
    return entries;
  }

  private static String path(String slug, String language) {
    return "/voices/" + slug + "?lang=" + language;
  }
}
