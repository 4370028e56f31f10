package org.safeports.content;

import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Items made for a test, each with fresh slugs so that tests never share state. */
@Component
public class TestContent {

  private final ContentEditing editing;
  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
  private final ImageUploads uploads;
  private final LeadImages leadImages;

  TestContent(
      ContentEditing editing,
      org.springframework.jdbc.core.simple.JdbcClient jdbc,
      ImageUploads uploads,
      LeadImages leadImages) {
    this.editing = editing;
    this.jdbc = jdbc;
    this.uploads = uploads;
    this.leadImages = leadImages;
  }

  /** How many lead images the item has: 0 or 1. */
  public long leadImageCount(long id) {
    return jdbc.sql("select count(*) from content_lead_image where item_id = ?")
        .param(id)
        .query(Long.class)
        .single();
  }

  /** A drawn lead image with these words in English. */
  public void leadImage(long id, String alt, String caption, String credit) {
    ImageInfo image =
        uploads.add(
            id, "drawn.png", org.safeports.platform.media.Illustrations.draw("ship", 1000, 560));
    leadImages.set(
        id,
        ContentKind.NEWS,
        image.id(),
        credit,
        false,
        java.util.Map.of("en", new LeadImages.Text(alt, caption)));
  }

  public static String freshSlug(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A published English page; answers its id. */
  public long publishedPage(String slug, String title, String body) {
    long id =
        editing.create(
            ContentKind.PAGE,
            "en",
            new ContentForm(title, slug, "Summary of " + title, body, null),
            new ItemSettingsForm(null, 900, null, null),
            "Test Editor");
    editing.apply(id, EditorialStatus.Action.PUBLISH, null);
    return id;
  }

  /** A published English news item; answers its id. */
  public long publishedNews(String slug, String title, String body) {
    return publishedNews(slug, title, body, "Test Editor");
  }

  /** A published English news item signed by the secretariat itself, as the demo's are. */
  public long publishedNewsBySecretariat(String slug, String title, String body) {
    return publishedNews(slug, title, body, Bylines.SECRETARIAT);
  }

  private long publishedNews(String slug, String title, String body, String author) {
    long id =
        editing.create(
            ContentKind.NEWS,
            "en",
            new ContentForm(title, slug, "Summary of " + title, body, null),
            new ItemSettingsForm(null, 0, "standards", null),
            author);
    editing.apply(id, EditorialStatus.Action.PUBLISH, null);
    return id;
  }

  public void translate(
      long id, String language, String slug, String title, String body, boolean publish) {
    editing.save(
        id, language, new ContentForm(title, slug, "Resumen " + title, body, null), "Test Editor");
    if (publish) {
      editing.setTranslationStatus(id, language, ContentTranslation.Status.PUBLISHED);
    }
  }

  public void archive(long id) {
    editing.apply(id, EditorialStatus.Action.ARCHIVE, null);
  }

  public void schedule(long id, Instant at) {
    editing.apply(id, EditorialStatus.Action.UNPUBLISH, null);
    editing.apply(id, EditorialStatus.Action.PUBLISH, at);
  }
}
