package org.safeports.events;

import java.sql.Timestamp;
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
 * Events as the site search reads them: one document per language an event has its texts in, for
 * the events {@link EventVisibility} shows outside the editors' screens (published or cancelled;
 * drafts are found by no one): everyone's for a public event, signed-in readers' for a members'
 * event. An event is dated by when it starts, not when it was published: a result then shows the
 * day it takes place, and the year facet counts events by the year they are held.
 */
@Component
class EventSearchSource implements SearchSource {

  static final String NAME = "event";

  static final int BATCH = 200;

  private static final String VISIBLE_TEXTS =
      """
      select e.id, e.slug, e.audience, e.starts_at as published_at,
             t.language, t.title, t.summary, t.description
      from event_item e join event_item_text t on t.event_id = e.id
      where e.status in ('PUBLISHED', 'CANCELLED')
      """;

  private final JdbcClient jdbc;
  private final MarkdownRenderer markdown;

  EventSearchSource(JdbcClient jdbc, MarkdownRenderer markdown) {
    this.jdbc = jdbc;
    this.markdown = markdown;
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
    return documents(List.of(id.getAsLong()));
  }

  @Override
  @Transactional(readOnly = true)
  public void everything(Consumer<List<SearchDocument>> sink) {
    SearchSource.inIdOrder(
        after ->
            jdbc.sql(
                    """
                    select id from event_item where status in ('PUBLISHED', 'CANCELLED')
                      and id > :after order by id limit :limit
                    """)
                .param("after", after)
                .param("limit", BATCH)
                .query(Long.class)
                .list(),
        Long::longValue,
        this::documents,
        sink);
  }

  /** Who may find an event of this audience, as {@link EventVisibility#maySee} decides. */
  static Set<String> access(EventAudience audience) {
    return audience == EventAudience.PUBLIC
        ? Set.of(SearchDocument.PUBLIC)
        : Set.of(SearchDocument.SIGNED_IN);
  }

  private List<SearchDocument> documents(List<Long> ids) {
    List<SearchDocument> documents = new ArrayList<>();
    jdbc.sql(VISIBLE_TEXTS + " and e.id in (:ids) order by e.id, t.language")
        .param("ids", ids)
        .query(
            rs -> {
              String language = rs.getString("language");
              Timestamp published = rs.getTimestamp("published_at");
              documents.add(
                  new SearchDocument(
                      NAME,
                      Long.toString(rs.getLong("id")),
                      language,
                      rs.getString("title"),
                      rs.getString("summary"),
                      markdown.plainText(rs.getString("description")),
                      "/events/" + rs.getString("slug") + "?lang=" + language,
                      access(EventAudience.valueOf(rs.getString("audience"))),
                      null,
                      Set.of(),
                      published == null ? null : published.toInstant()));
            });
    return documents;
  }
}
