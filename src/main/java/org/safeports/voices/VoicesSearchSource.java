package org.safeports.voices;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.safeports.platform.text.MarkdownRenderer;
import org.safeports.search.SearchDocument;
import org.safeports.search.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published Port Voices pieces as the site search reads them: one document for the piece in its own
 * language and one per published translation, once the piece is visible (published, its scheduled
 * time come). Pieces are public; each is about its author's member state.
 */
@Component
class VoicesSearchSource implements SearchSource {

  static final String NAME = "voices";

  static final int BATCH = 200;

  private static final String VISIBLE =
      "p.status = 'PUBLISHED' and (p.publish_at is null or p.publish_at <= :now)";

  private static final String TEXTS =
      """
      select p.id, p.slug, p.country_code, p.published_at, p.language, p.title, p.summary,
             p.body_markdown
      from voices_piece p where %1$s and p.id in (:ids)
      union all
      select p.id, p.slug, p.country_code, p.published_at, t.language, t.title, t.summary,
             t.body_markdown
      from voices_piece p join voices_translation t on t.piece_id = p.id and t.published
      where %1$s and p.id in (:ids) and t.language <> p.language
      order by 1, 5
      """
          .formatted(VISIBLE);

  private final JdbcClient jdbc;
  private final MarkdownRenderer markdown;
  private final Clock clock;

  VoicesSearchSource(JdbcClient jdbc, MarkdownRenderer markdown, Clock clock) {
    this.jdbc = jdbc;
    this.markdown = markdown;
    this.clock = clock;
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
    return documents(List.of(id.getAsLong()), clock.instant());
  }

  @Override
  @Transactional(readOnly = true)
  public void everything(Consumer<List<SearchDocument>> sink) {
    Instant now = clock.instant();
    SearchSource.inIdOrder(
        after ->
            jdbc.sql(
                    "select p.id from voices_piece p where "
                        + VISIBLE
                        + " and p.id > :after order by p.id limit :limit")
                .param("now", Timestamp.from(now))
                .param("after", after)
                .param("limit", BATCH)
                .query(Long.class)
                .list(),
        Long::longValue,
        ids -> documents(ids, now),
        sink);
  }

  private List<SearchDocument> documents(List<Long> ids, Instant now) {
    List<SearchDocument> documents = new ArrayList<>();
    jdbc.sql(TEXTS)
        .param("now", Timestamp.from(now))
        .param("ids", ids)
        .query(
            rs -> {
              Timestamp published = rs.getTimestamp("published_at");
              String language = rs.getString("language");
              documents.add(
                  new SearchDocument(
                      NAME,
                      Long.toString(rs.getLong("id")),
                      language,
                      rs.getString("title"),
                      rs.getString("summary"),
                      markdown.plainText(rs.getString("body_markdown")),
                      "/voices/" + rs.getString("slug") + "?lang=" + language,
                      Set.of(SearchDocument.PUBLIC),
                      rs.getString("country_code"),
                      Set.of(),
                      published == null ? null : published.toInstant()));
            });
    return documents;
  }
}
