package org.safeports.content;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.safeports.platform.text.MarkdownRenderer;
import org.safeports.search.SearchDocument;
import org.safeports.search.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The news ("news") or the resource pages ("page") as the site search reads them: one document per
 * text readers may read, that is the original and each published translation of a visible item
 * (published, its scheduled time come), at the address the portal gives that text. Content has no
 * restricted pages: every document is public.
 */
class ContentSearchSource implements SearchSource {

  static final int BATCH = 200;

  private static final String VISIBLE_TEXTS =
      """
      select i.id, i.published_at, t.language, t.title, t.summary, t.body_markdown, t.slug
      from content_item i join content_translation t on t.item_id = i.id
      where i.kind = :kind and i.status = 'PUBLISHED'
        and (i.publish_at is null or i.publish_at <= :now)
        and (t.status = 'PUBLISHED' or t.language = i.original_language)
      """;

  private final ContentKind kind;
  private final JdbcClient jdbc;
  private final ContentAddressLanguages addresses;
  private final MarkdownRenderer markdown;
  private final Clock clock;

  ContentSearchSource(
      ContentKind kind,
      JdbcClient jdbc,
      ContentAddressLanguages addresses,
      MarkdownRenderer markdown,
      Clock clock) {
    this.kind = kind;
    this.jdbc = jdbc;
    this.addresses = addresses;
    this.markdown = markdown;
    this.clock = clock;
  }

  static String sourceOf(ContentKind kind) {
    return kind == ContentKind.NEWS ? "news" : "page";
  }

  @Override
  public String name() {
    return sourceOf(kind);
  }

  @Override
  @Transactional(readOnly = true)
  public List<SearchDocument> documents(String ref) {
    OptionalLong id = SearchSource.numericRef(ref);
    if (id.isEmpty()) {
      return List.of();
    }
    return documents(
        jdbc.sql(VISIBLE_TEXTS + " and i.id = :id order by t.language")
            .param("kind", kind.name())
            .param("now", Timestamp.from(clock.instant()))
            .param("id", id.getAsLong())
            .query(Text.class)
            .list());
  }

  @Override
  @Transactional(readOnly = true)
  public void everything(Consumer<List<SearchDocument>> sink) {
    Instant now = clock.instant();
    SearchSource.inIdOrder(
        after ->
            jdbc.sql(
                    """
                    select id from content_item
                    where kind = :kind and status = 'PUBLISHED' and id > :after
                      and (publish_at is null or publish_at <= :now)
                    order by id limit :limit
                    """)
                .param("kind", kind.name())
                .param("after", after)
                .param("now", Timestamp.from(now))
                .param("limit", BATCH)
                .query(Long.class)
                .list(),
        Long::longValue,
        ids ->
            documents(
                jdbc.sql(VISIBLE_TEXTS + " and i.id in (:ids) order by i.id, t.language")
                    .param("kind", kind.name())
                    .param("now", Timestamp.from(now))
                    .param("ids", ids)
                    .query(Text.class)
                    .list()),
        sink);
  }

  private List<SearchDocument> documents(List<Text> texts) {
    Set<String> slugs = new HashSet<>();
    texts.forEach(t -> slugs.add(t.slug()));
    Map<String, String> owners = addresses.readOwners(slugs);
    List<SearchDocument> documents = new ArrayList<>(texts.size());
    for (Text text : texts) {
      documents.add(
          new SearchDocument(
              name(),
              Long.toString(text.id()),
              text.language(),
              text.title(),
              text.summary(),
              markdown.plainText(text.bodyMarkdown()),
              addresses.path(kind, text.slug(), text.language(), owners),
              Set.of(SearchDocument.PUBLIC),
              null,
              Set.of(),
              text.publishedAt() == null ? null : text.publishedAt().toInstant()));
    }
    return documents;
  }

  record Text(
      long id,
      Timestamp publishedAt,
      String language,
      String title,
      String summary,
      String bodyMarkdown,
      String slug) {}
}
