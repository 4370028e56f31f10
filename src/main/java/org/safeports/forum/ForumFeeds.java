package org.safeports.forum;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.PortalProperties;
import org.safeports.platform.web.FeedWriter;
import org.safeports.platform.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forum's Atom feeds: the latest posts of the public forum, of a category (with its
 * sub-categories) and of a topic. A feed is answered only to a reader who may read what it holds,
 * by the audience rule in its queries; anyone else gets "not found". Whether the feed is public
 * decides whether caches may keep it.
 */
@Service
@Transactional(readOnly = true)
class ForumFeeds {

  static final int FEED_SIZE = 20;
  static final int SUMMARY_LENGTH = 400;

  /** A feed's text and whether anyone may read it (then proxies may keep it). */
  record Answer(String atom, boolean isPublic) {}

  private record Subject(String title, String path, ForumAudience audience) {}

  private static final String ENTRIES =
      """
      select p.id, p.number, p.author_name, p.language, p.created_at, p.body_text,
             t.id as topic_id, t.title, t.slug
        from forum_post p
        join forum_topic t on t.id = p.topic_id
        join forum_category c on c.id = t.category_id
       where p.state = 'VISIBLE' and t.state = 'VISIBLE' and t.merged_into_id is null and
      """
          + ForumAudience.SQL_PREDICATE;

  private final JdbcClient jdbc;
  private final PortalProperties properties;
  private final MessageSource messages;

  ForumFeeds(JdbcClient jdbc, PortalProperties properties, MessageSource messages) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.messages = messages;
  }

  /** The public categories' latest posts: the same for everyone, signed in or not. */
  Answer publicFeed(Locale locale) {
    ForumReader visitor = ForumReader.ANONYMOUS;
    List<FeedWriter.Entry> entries =
        entries(
            jdbc.sql(ENTRIES + " order by p.created_at desc, p.id desc limit :limit")
                .param("readable", visitor.readableNames()),
            locale);
    String title = messages.getMessage("forum.feed.title", null, locale);
    return new Answer(
        FeedWriter.atom(feed(title, "/forum", "/feeds/forum.atom", locale), entries), true);
  }

  Answer categoryFeed(ForumReader reader, String slug, Locale locale) {
    Subject category =
        jdbc.sql(
                "select coalesce(l.name, e.name, c.slug), c.audience from forum_category c"
                    + " left join forum_category_text l on l.category_id = c.id and l.language = :lang"
                    + " left join forum_category_text e on e.category_id = c.id and e.language = 'en'"
                    + " where c.slug = :slug and "
                    + ForumAudience.SQL_PREDICATE)
            .param("lang", Language.of(locale).code())
            .param("slug", slug)
            .param("readable", reader.readableNames())
            .query(
                (rs, n) ->
                    new Subject(
                        rs.getString(1),
                        "/forum/c/" + slug,
                        ForumAudience.valueOf(rs.getString(2))))
            .optional()
            .orElseThrow(NotFoundException::new);
    List<FeedWriter.Entry> entries =
        entries(
            jdbc.sql(
                    ENTRIES
                        + " and (c.slug = :slug or c.parent_id ="
                        + " (select x.id from forum_category x where x.slug = :slug))"
                        + " order by p.created_at desc, p.id desc limit :limit")
                .param("readable", reader.readableNames())
                .param("slug", slug),
            locale);
    return answer(category, entries, locale);
  }

  Answer topicFeed(ForumReader reader, long topicId, Locale locale) {
    Subject topic =
        jdbc.sql(
                "select t.title, t.slug, c.audience from forum_topic t"
                    + " join forum_category c on c.id = t.category_id"
                    + " where t.id = :id and t.state = 'VISIBLE' and "
                    + ForumAudience.SQL_PREDICATE)
            .param("id", topicId)
            .param("readable", reader.readableNames())
            .query(
                (rs, n) ->
                    new Subject(
                        rs.getString(1),
                        "/forum/t/" + topicId + "/" + rs.getString(2),
                        ForumAudience.valueOf(rs.getString(3))))
            .optional()
            .orElseThrow(NotFoundException::new);
    List<FeedWriter.Entry> entries =
        entries(
            jdbc.sql(ENTRIES + " and t.id = :id order by p.number desc limit :limit")
                .param("readable", reader.readableNames())
                .param("id", topicId),
            locale);
    return answer(topic, entries, locale);
  }

  private Answer answer(Subject subject, List<FeedWriter.Entry> entries, Locale locale) {
    String title =
        messages.getMessage("forum.feed.titleOf", new Object[] {subject.title()}, locale);
    return new Answer(
        FeedWriter.atom(feed(title, subject.path(), feedPath(subject.path()), locale), entries),
        subject.audience() == ForumAudience.PUBLIC);
  }

  /** A category's or topic's feed is next to its page: {@code /forum/c/x/feed.atom}. */
  private static String feedPath(String pagePath) {
    if (pagePath.startsWith("/forum/t/")) {
      return pagePath.substring(0, pagePath.lastIndexOf('/')) + "/feed.atom";
    }
    return pagePath + "/feed.atom";
  }

  private FeedWriter.Feed feed(String title, String page, String self, Locale locale) {
    return new FeedWriter.Feed(
        title,
        messages.getMessage("forum.feed.description", null, locale),
        Language.of(locale).code(),
        properties.link(page),
        properties.link(self));
  }

  private List<FeedWriter.Entry> entries(JdbcClient.StatementSpec statement, Locale locale) {
    return statement
        .param("limit", FEED_SIZE)
        .query(
            (rs, n) -> {
              int number = rs.getInt("number");
              String topicTitle = rs.getString("title");
              Timestamp at = rs.getTimestamp("created_at");
              return new FeedWriter.Entry(
                  "tag:safeports.org,2026:forum-post-" + rs.getLong("id"),
                  number == 1
                      ? topicTitle
                      : messages.getMessage(
                          "forum.feed.reply", new Object[] {topicTitle, number}, locale),
                  properties.link(
                      "/forum/t/"
                          + rs.getLong("topic_id")
                          + "/"
                          + rs.getString("slug")
                          + "?from="
                          + number
                          + "#post-"
                          + number),
                  summary(rs.getString("body_text")),
                  rs.getString("author_name"),
                  at == null ? null : at.toInstant(),
                  rs.getString("language"));
            })
        .list();
  }

  private static String summary(String text) {
    String plain = text == null ? "" : text.strip();
    return plain.length() <= SUMMARY_LENGTH ? plain : plain.substring(0, SUMMARY_LENGTH) + "…";
  }
}
