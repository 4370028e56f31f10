package org.safeports.events;

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
 * Every public event's page, once per language it has a text in ({@code ?lang=}), and the two
 * lists, in the four languages.
 */
@Component
class EventsSitemap implements SitemapEntries {

  private final JdbcClient jdbc;

  EventsSitemap(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Entry> sitemapEntries() {
    record Row(String slug, String language, Timestamp updated) {}
    List<Row> rows =
        jdbc.sql(
                "select e.slug, t.language, e.updated_at from event_item e"
                    + " join event_item_text t on t.event_id = e.id where "
                    + EventVisibility.SQL_PREDICATE
                    + " order by e.slug, t.language")
            .param("signedIn", false)
            .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getTimestamp(3)))
            .list();
    Map<String, List<Row>> bySlug = new LinkedHashMap<>();
    rows.forEach(r -> bySlug.computeIfAbsent(r.slug(), k -> new ArrayList<>()).add(r));
    List<Entry> entries = new ArrayList<>();
    for (String list : List.of("/events", "/events/past")) {
      Map<String, String> alternates = new LinkedHashMap<>();
      EventEditing.LANGUAGES.forEach(l -> alternates.put(l, list + "?lang=" + l));
      alternates.values().forEach(path -> entries.add(new Entry(path, null, alternates)));
    }
    for (List<Row> event : bySlug.values()) {
      Map<String, String> alternates = new LinkedHashMap<>();
      event.forEach(r -> alternates.put(r.language(), path(r.slug(), r.language())));
      for (Row row : event) {
        entries.add(
            new Entry(path(row.slug(), row.language()), row.updated().toInstant(), alternates));
      }
    }
    return entries;
  }

  private static String path(String slug, String language) {
    return "/events/" + slug + "?lang=" + language;
  }
}
