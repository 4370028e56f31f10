package org.safeports.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeports.search.SearchDocument;
import org.safeports.search.SearchSource;
import org.safeports.search.SearchableChange;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What news and pages give the site search, and when content tells it they changed. */
@PortalTest
@RecordApplicationEvents
class ContentSearchSourceTests {

  @Autowired TestContent content;
  @Autowired ContentEditing editing;
  @Autowired ContentScheduleAnnouncer announcer;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  @Autowired
  @Qualifier("newsSearchSource")
  SearchSource news;

  @Autowired
  @Qualifier("pageSearchSource")
  SearchSource pages;

  @Test
  void aPublishedNewsItemIsOnePublicDocumentPerTextReadersMayRead() {
    String slug = TestContent.freshSlug("drill-news");
    long id = content.publishedNews(slug, "Drill in Kingston", "Crews **rehearsed** the plan.");
    String esSlug = TestContent.freshSlug("simulacro");
    content.translate(id, "es", esSlug, "Simulacro en Kingston", "Ensayaron el plan.", false);

    List<SearchDocument> before = news.documents(Long.toString(id));
    assertThat(before).extracting(SearchDocument::language).containsExactly("en");
    SearchDocument en = before.get(0);
    assertThat(en.source()).isEqualTo("news");
    assertThat(en.title()).isEqualTo("Drill in Kingston");
    assertThat(en.summary()).isEqualTo("Summary of Drill in Kingston");
    assertThat(en.body()).isEqualTo("Crews rehearsed the plan.");
    assertThat(en.path()).isEqualTo("/news/" + slug);
    assertThat(en.access()).isEqualTo(Set.of(SearchDocument.PUBLIC));
    assertThat(en.publishedAt()).isNotNull();
    assertThat(pages.documents(Long.toString(id))).as("not a page").isEmpty();

    editing.setTranslationStatus(id, "es", ContentTranslation.Status.PUBLISHED);
    List<SearchDocument> after = news.documents(Long.toString(id));
    assertThat(after).extracting(SearchDocument::language).containsExactly("en", "es");
    assertThat(after.get(1).title()).isEqualTo("Simulacro en Kingston");
    assertThat(after.get(1).path()).isEqualTo("/news/" + esSlug);
  }

  @Test
  void aTranslationSharingTheOriginalsSlugIsReachedWithItsLanguage() {
    String slug = TestContent.freshSlug("shared");
    long id = content.publishedPage(slug, "Port drills", "Plans.");
    content.translate(id, "pt", slug, "Simulados", "Planos.", true);

    assertThat(pages.documents(Long.toString(id)))
        .extracting(SearchDocument::path)
        .containsExactly("/pages/" + slug, "/pages/" + slug + "?lang=pt");
  }

  @Test
  void draftsArchivedAndUnknownItemsGiveNothing() {
    long draft =
        editing.create(
            ContentKind.NEWS,
            "en",
            new ContentForm("Draft", TestContent.freshSlug("draft"), "S", "Body", null),
            new ItemSettingsForm(null, 0, "standards", null),
            "Test Editor");
    assertThat(news.documents(Long.toString(draft))).isEmpty();

    long archived = content.publishedNews(TestContent.freshSlug("old"), "Old", "Body");
    content.archive(archived);
    assertThat(news.documents(Long.toString(archived))).isEmpty();
    assertThat(news.documents("not-a-number")).isEmpty();
    assertThat(news.documents("999999999")).isEmpty();
  }

  @Test
  void publishingEditingAndUnpublishingEachTellTheSearch() {
    long id = content.publishedPage(TestContent.freshSlug("told"), "Told", "Body");
    assertThat(changesOf("page", id)).as("create and publish").isGreaterThanOrEqualTo(2);

    long seen = changesOf("page", id);
    editing.apply(id, EditorialStatus.Action.UNPUBLISH, null);
    assertThat(changesOf("page", id)).isEqualTo(seen + 1);
    assertThat(pages.documents(Long.toString(id))).isEmpty();
  }

  @Test
  void aScheduledItemEntersTheSearchWhenItsTimeComes() {
    long id = content.publishedNews(TestContent.freshSlug("later"), "Later", "Body");
    Instant at = Instant.now().plus(Duration.ofDays(1));
    content.schedule(id, at);
    assertThat(news.documents(Long.toString(id))).as("not yet visible").isEmpty();

    // The day passes: its time is now just gone.
    Instant now = Instant.now();
    jdbc.sql("update content_item set publish_at = ? where id = ?")
        .params(Timestamp.from(now.minusMillis(1)), id)
        .update();
    long seen = changesOf("news", id);
    assertThat(announcer.announceUntil(now)).isGreaterThanOrEqualTo(1);
    assertThat(changesOf("news", id)).isEqualTo(seen + 1);
    assertThat(news.documents(Long.toString(id))).hasSize(1);
    assertThat(announcer.announceUntil(now)).as("announced once").isZero();
  }

  @Test
  void everythingHandsOverEveryVisibleItemInBatches() {
    long visible = content.publishedPage(TestContent.freshSlug("all"), "All", "Body");
    long archived = content.publishedPage(TestContent.freshSlug("gone"), "Gone", "Body");
    content.archive(archived);
    List<List<SearchDocument>> batches = new ArrayList<>();
    pages.everything(batches::add);

    List<String> refs =
        batches.stream().flatMap(List::stream).map(SearchDocument::ref).distinct().toList();
    assertThat(refs).contains(Long.toString(visible)).doesNotContain(Long.toString(archived));
    assertThat(batches).allSatisfy(b -> assertThat(b).isNotEmpty());
    assertThat(batches.stream().flatMap(List::stream)).allMatch(d -> d.source().equals("page"));
  }

  private long changesOf(String source, long id) {
    return events.stream(SearchableChange.class)
        .filter(c -> c.searchSource().equals(source) && c.searchRef().equals(Long.toString(id)))
        .count();
  }
}
