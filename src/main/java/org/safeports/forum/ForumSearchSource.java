package org.safeports.forum;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.safeports.search.SearchDocument;
import org.safeports.search.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forum posts as the site search reads them: one document per post readers see (the post and its
 * topic visible, the topic not merged away), in the post's language, under its topic's title, at
 * the post's place in the topic. Who may find it is who may read its category, {@link
 * ForumAudience} to the role that reads it; a hidden, held or deleted post is found by no one.
 */
@Component
class ForumSearchSource implements SearchSource {

  static final String NAME = "forum";

  /** Posts per batch when the index is rebuilt. */
  static final int BATCH = 500;

  /** Characters of the post shown under the title when no passage of it matches. */
  static final int SUMMARY = 200;

  private static final String VISIBLE_POSTS =
      """
      select p.id, p.number, p.language, p.body_text, p.created_at,
             t.id as topic_id, t.title, t.slug, c.audience
      from forum_post p
      join forum_topic t on t.id = p.topic_id
      join forum_category c on c.id = t.category_id
      where p.state = 'VISIBLE' and t.state = 'VISIBLE' and t.merged_into_id is null
      """;

  private final JdbcClient jdbc;

  ForumSearchSource(JdbcClient jdbc) {
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
    return jdbc.sql(VISIBLE_POSTS + " and p.id = :id")
        .param("id", id.getAsLong())
        .query(this::document)
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public void everything(Consumer<List<SearchDocument>> sink) {
    SearchSource.inIdOrder(
        after ->
            jdbc.sql(VISIBLE_POSTS + " and p.id > :after order by p.id limit :limit")
                .param("after", after)
                .param("limit", BATCH)
                .query(this::document)
                .list(),
        post -> Long.parseLong(post.ref()),
        posts -> posts,
        sink);
  }

  /** Who reads a category of this audience, as the search names them. */
  static Set<String> access(ForumAudience audience) {
    return audience.role() == null ? Set.of(SearchDocument.PUBLIC) : Set.of(audience.role().name());
  }

  private SearchDocument document(ResultSet rs, int n) throws SQLException {
    int number = rs.getInt("number");
    String body = rs.getString("body_text");
    Timestamp at = rs.getTimestamp("created_at");
    return new SearchDocument(
        NAME,
        Long.toString(rs.getLong("id")),
        rs.getString("language"),
        rs.getString("title"),
        summary(body),
        body,
        "/forum/t/"
            + rs.getLong("topic_id")
            + "/"
            + rs.getString("slug")
            + "?from="
            + number
            + "#post-"
            + number,
        access(ForumAudience.valueOf(rs.getString("audience"))),
        null,
        Set.of(),
        at == null ? null : at.toInstant());
  }

  /** The post's first words, cut at a space. */
  static String summary(String body) {
    String text = body == null ? "" : body.strip();
    if (text.length() <= SUMMARY) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SUMMARY);
    return text.substring(0, cut > 0 ? cut : SUMMARY) + "…";
  }
}
