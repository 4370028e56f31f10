package org.safeports.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pages every install has at a fixed address: the privacy notice, the accessibility statement
 * and the terms for associate members. Each is an ordinary page that the secretariat edits,
 * translates and publishes like any other; a key on the item ({@code content_item.reserved_key})
 * says which one it is. When a key has no page yet (a new install, or one from before these pages),
 * the page is written at start from {@code content/standard/<key>.<lang>.md}, published in the four
 * languages; after that the portal never writes it again, so the secretariat's edits stay.
 */
@Component
class StandardPages {

  /** The fixed address of each page is {@code /<key>}. */
  static final List<String> KEYS = List.of("privacy", "accessibility", "associate-terms");

  private static final Logger log = LoggerFactory.getLogger(StandardPages.class);

  private final ContentEditing editing;
  private final JdbcClient jdbc;
  private final ContentAddressLanguages addresses;
  private final TransactionTemplate transactions;
  private final Clock clock;

  StandardPages(
      ContentEditing editing,
      JdbcClient jdbc,
      ContentAddressLanguages addresses,
      TransactionTemplate transactions,
      Clock clock) {
    this.editing = editing;
    this.jdbc = jdbc;
    this.addresses = addresses;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** After the demo content (which loads only into an empty portal), on every install. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(30)
  void writeMissing() {
    for (String key : KEYS) {
      try {
        transactions.executeWithoutResult(status -> writeIfMissing(key));
      } catch (DataIntegrityViolationException e) {
        // Another instance, starting at the same time, wrote it first.
        log.info("The {} page was written by another instance", key);
      }
    }
  }

  /** Writes the page for the key unless one exists; answers whether it wrote it. */
  boolean writeIfMissing(String key) {
    if (itemId(key).isPresent()) {
      return false;
    }
    List<DemoContent.Entry> entries = read(key);
    DemoContent.Entry original = entries.get(0);
    long id =
        editing.create(
            ContentKind.PAGE,
            original.language(),
            form(original),
            new ItemSettingsForm(null, 0, null, null),
            DemoContent.AUTHOR);
    for (DemoContent.Entry translation : entries.subList(1, entries.size())) {
      editing.save(id, translation.language(), form(translation), DemoContent.AUTHOR);
      editing.setTranslationStatus(id, translation.language(), ContentTranslation.Status.PUBLISHED);
    }
    editing.apply(id, EditorialStatus.Action.PUBLISH, null);
    jdbc.sql("update content_item set reserved_key = :key where id = :id")
        .param("key", key)
        .param("id", id)
        .update();
    log.info("Wrote the {} page in {} languages", key, entries.size());
    return true;
  }

  Optional<Long> itemId(String key) {
    return jdbc.sql("select id from content_item where reserved_key = :key")
        .param("key", key)
        .query(Long.class)
        .optional();
  }

  /**
   * The address of the page for the key in the language, or in its original language where that
   * translation is not published; empty when the page is not published.
   */
  Optional<String> path(String key, String language) {
    record Text(String language, String slug, boolean original) {}
    List<Text> texts =
        jdbc.sql(
                """
                select t.language, t.slug, t.language = i.original_language
                from content_item i join content_translation t on t.item_id = i.id
                where i.reserved_key = :key and i.kind = 'PAGE' and i.status = 'PUBLISHED'
                  and (i.publish_at is null or i.publish_at <= :now)
                  and (t.status = 'PUBLISHED' or t.language = i.original_language)
                """)
            .param("key", key)
            .param("now", Timestamp.from(clock.instant()))
            .query((rs, n) -> new Text(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
            .list();
    Optional<Text> shown =
        texts.stream()
            .filter(t -> t.language().equals(language))
            .findFirst()
            .or(() -> texts.stream().filter(Text::original).findFirst());
    if (shown.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> owners = addresses.owners(List.of(shown.get().slug()));
    return Optional.of(
        addresses.path(ContentKind.PAGE, shown.get().slug(), shown.get().language(), owners));
  }

  /** The page's texts, the original (named by its front matter) first. */
  static List<DemoContent.Entry> read(String key) {
    List<DemoContent.Entry> entries = new ArrayList<>();
    for (String language : List.of("en", "es", "pt", "fr")) {
      ClassPathResource file =
          new ClassPathResource("content/standard/" + key + "." + language + ".md");
      try {
        entries.add(DemoContent.parse(language, file.getContentAsString(StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("Missing text of the " + key + " page: " + file, e);
      }
    }
    String original = entries.get(0).get("original");
    // The original first, the others in the order read (a stable sort keeps it).
    entries.sort(java.util.Comparator.comparing(e -> !e.language().equals(original)));
    return entries;
  }

  private static ContentForm form(DemoContent.Entry entry) {
    return new ContentForm(
        entry.get("title"), entry.get("slug"), entry.get("summary"), entry.body(), null);
  }
}
