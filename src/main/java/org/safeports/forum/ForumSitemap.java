package org.safeports.forum;

import java.sql.Timestamp;
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
 * The public forum in the sitemap: its home and the public categories in each language (the page's
 * words are the portal's, so every language is {@code ?lang=}), and the public topics in the
 * language they are written in. Nothing of a restricted category, by the audience rule with a
 * visitor's audiences.
 */
@Component
class ForumSitemap implements SitemapEntries {

  /** The most recently active topics are listed; a sitemap holds at most 50,000 addresses. */
  static final int TOPICS = 20_000;

  private final JdbcClient jdbc;

  ForumSitemap(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Entry> sitemapEntries() {
    String[] readable = ForumReader.ANONYMOUS.readableNames();
    List<Entry> entries = new ArrayList<>();
    List<Object[]> categories =
        jdbc.sql(
                "select c.slug, c.updated_at, c.last_post_at from forum_category c where "
                    + ForumAudience.SQL_PREDICATE
                    + " order by c.position, c.id")
            .param("readable", readable)
            .query(
                (rs, n) ->
                    new Object[] {rs.getString(1), latest(rs.getTimestamp(2), rs.getTimestamp(3))})
            .list();
    java.time.Instant newest =
        categories.stream()
            .map(c -> (java.time.Instant) c[1])
            .max(java.time.Instant::compareTo)
            .orElse(null);
    everyLanguage(entries, "/forum", newest);
    for (Object[] category : categories) {
      everyLanguage(entries, "/forum/c/" + category[0], (java.time.Instant) category[1]);
    }
    jdbc.sql(
            "select t.id, t.slug, t.language, coalesce(t.last_post_at, t.updated_at)"
                + " from forum_topic t join forum_category c on c.id = t.category_id"
                + " where t.state = 'VISIBLE' and t.merged_into_id is null and "
                + ForumAudience.SQL_PREDICATE
                + " order by t.last_post_at desc nulls last, t.id desc limit :limit")
        .param("readable", readable)
        .param("limit", TOPICS)
        .query(
            (rs, n) -> {
              String path =
                  "/forum/t/" + rs.getLong(1) + "/" + rs.getString(2) + "?lang=" + rs.getString(3);
              return new Entry(path, rs.getTimestamp(4).toInstant(), Map.of(rs.getString(3), path));
            })
        .list()
        .forEach(entries::add);
    return entries;
  }

  private static void everyLanguage(List<Entry> entries, String page, java.time.Instant at) {
    Map<String, String> alternates = new LinkedHashMap<>();
    for (Language language : Language.all()) {
      alternates.put(language.code(), page + "?lang=" + language.code());
    }
    alternates.values().forEach(path -> entries.add(new Entry(path, at, alternates)));
  }

  private static java.time.Instant latest(Timestamp updated, Timestamp lastPost) {
    if (lastPost != null && lastPost.after(updated)) {
      return lastPost.toInstant();
    }
    return updated.toInstant();
  }
}
