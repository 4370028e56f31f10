package org.safeports.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeports.platform.QueuedWork;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The queue's translations read only the items the database flags as asking for any: the flag
 * follows every change that makes a translation missing or out of date, and back, whatever writes
 * the rows (the editors' screens or plain SQL), so the queue lists the same as when it compared
 * every item with its translations.
 */
@PortalTest
class ContentTranslationsWaitingTests {

  @Autowired TestContent content;
  @Autowired ContentWaitingWork queue;
  @Autowired ContentOverview overview;
  @Autowired JdbcClient jdbc;

  boolean flagged(long id) {
    return jdbc.sql("select translations_waiting from content_item where id = ?")
        .param(id)
        .query(Boolean.class)
        .single();
  }

  List<String> waitingOf(long id) {
    return queue.waiting(100_000).stream()
        .map(QueuedWork::key)
        .filter(k -> k.startsWith("translation:" + id + ":"))
        .sorted()
        .toList();
  }

  @Test
  void theFlagFollowsMissingAndOutOfDateTranslations() {
    long toDo = overview.translationsToDo();
    String slug = TestContent.freshSlug("waiting");
    long page = content.publishedPage(slug, "Waiting page", "Body.");
    assertThat(flagged(page)).isTrue();
    assertThat(waitingOf(page))
        .containsExactly(
            "translation:" + page + ":es",
            "translation:" + page + ":fr",
            "translation:" + page + ":pt");
    // The dashboard's count, in the database: three more.
    assertThat(overview.translationsToDo()).isEqualTo(toDo + 3);

    content.translate(page, "es", slug + "-es", "Página", "Cuerpo.", true);
    content.translate(page, "pt", slug + "-pt", "Página pt", "Corpo.", true);
    assertThat(flagged(page)).isTrue();
    assertThat(waitingOf(page)).containsExactly("translation:" + page + ":fr");
    content.translate(page, "fr", slug + "-fr", "Page", "Corps.", true);
    assertThat(flagged(page)).isFalse();
    assertThat(waitingOf(page)).isEmpty();
    assertThat(overview.translationsToDo()).isEqualTo(toDo);

    // The original changes (a new revision of it): every translation is out of date until
    // brought up to it.
    jdbc.sql("update content_item set original_revision = original_revision + 1 where id = ?")
        .param(page)
        .update();
    assertThat(flagged(page)).isTrue();
    assertThat(waitingOf(page))
        .containsExactly(
            "translation:" + page + ":es",
            "translation:" + page + ":fr",
            "translation:" + page + ":pt");
    jdbc.sql(
            "update content_translation t set based_on_revision = i.original_revision"
                + " from content_item i where i.id = t.item_id and t.item_id = ? and t.language"
                + " = 'es'")
        .param(page)
        .update();
    assertThat(waitingOf(page))
        .containsExactly("translation:" + page + ":fr", "translation:" + page + ":pt");
    assertThat(overview.translationsToDo()).isEqualTo(toDo + 2);

    // The other two brought up to date, then one removed.
    jdbc.sql(
            "update content_translation t set based_on_revision = i.original_revision"
                + " from content_item i where i.id = t.item_id and t.item_id = ? and t.language"
                + " in ('fr', 'pt')")
        .param(page)
        .update();
    assertThat(flagged(page)).isFalse();
    jdbc.sql("delete from content_translation where item_id = ? and language = 'pt'")
        .param(page)
        .update();
    assertThat(flagged(page)).isTrue();
    assertThat(waitingOf(page)).containsExactly("translation:" + page + ":pt");

    // Archived, it asks for nothing.
    content.archive(page);
    assertThat(flagged(page)).isFalse();
    assertThat(waitingOf(page)).isEmpty();
  }
}
