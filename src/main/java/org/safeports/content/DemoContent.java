package org.safeports.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeports.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The demo's news and pages, from {@code demo/content/<key>.<lang>.md} (front matter, then
 * Markdown), loaded once into an empty portal in demo mode, through the same service editors use.
 */
@Component
class DemoContent {

  static final String AUTHOR = Bylines.SECRETARIAT;

  private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

  record Entry(String key, String language, Map<String, String> meta, String body) {
    String get(String name) {
      String value = meta.get(name);
      return StringUtils.hasText(value) ? value.trim() : null;
    }
  }

  private final ContentEditing editing;
  private final ContentItemRepository items;
  private final DemoMode demoMode;
  private final ImageUploads uploads;
  private final LeadImages leadImages;

  DemoContent(
      ContentEditing editing,
      ContentItemRepository items,
      DemoMode demoMode,
      ImageUploads uploads,
      LeadImages leadImages) {
    this.editing = editing;
    this.items = items;
    this.demoMode = demoMode;
    this.uploads = uploads;
    this.leadImages = leadImages;
  }

  /**
   * A lead image drawn here ({@code image:} names the scene), with its words from each language's
   * front matter ({@code image_alt:}, {@code image_caption:}) and the original's {@code
   * image_credit:}.
   */
  private void leadImage(long id, ContentKind kind, Entry original, List<Entry> entries) {
    String scene = original.get("image");
    if (scene == null) {
      return;
    }
    ImageInfo image =
        uploads.add(
            id,
            original.key() + ".png",
            org.safeports.platform.media.Illustrations.draw(scene, 1600, 900));
    Map<String, LeadImages.Text> texts = new LinkedHashMap<>();
    for (Entry entry : entries) {
      texts.put(
          entry.language(),
          new LeadImages.Text(entry.get("image_alt"), entry.get("image_caption")));
    }
    leadImages.set(id, kind, image.id(), original.get("image_credit"), false, texts);
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(20)
  void load() {
    if (!demoMode.isEnabled() || items.count() > 0) {
      return;
    }
    Map<String, List<Entry>> byKey = new LinkedHashMap<>();
    for (Entry entry : read()) {
      byKey.computeIfAbsent(entry.key(), k -> new ArrayList<>()).add(entry);
    }
    Map<String, Long> ids = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>(byKey.keySet());
    // Parents before their children.
    keys.sort(
        Comparator.comparing(
            k -> StringUtils.hasText(original(byKey.get(k)).get("parent")) ? 1 : 0));
    for (String key : keys) {
      List<Entry> entries = byKey.get(key);
      Entry original = original(entries);
      ContentKind kind =
          ContentKind.valueOf(original.get("kind").toUpperCase(java.util.Locale.ROOT));
      String review = original.get("review");
      ItemSettingsForm settings =
          new ItemSettingsForm(
              original.get("parent") == null ? null : ids.get(original.get("parent")),
              original.get("position") == null ? 0 : Integer.parseInt(original.get("position")),
              original.get("topic"),
              review == null ? null : LocalDate.parse(review));
      long id = editing.create(kind, original.language(), form(original), settings, AUTHOR);
      for (Entry translation : entries) {
        if (translation != original) {
          editing.save(id, translation.language(), form(translation), AUTHOR);
          editing.setTranslationStatus(
              id, translation.language(), ContentTranslation.Status.PUBLISHED);
        }
      }
      leadImage(id, kind, original, entries);
      editing.apply(id, EditorialStatus.Action.PUBLISH, null);
      String date = original.get("date");
      if (date != null) {
        editing.backdate(id, LocalDate.parse(date).atTime(14, 0).toInstant(ZoneOffset.UTC));
      }
      ids.put(key, id);
    }
    log.info("Loaded {} demo news items and pages", ids.size());
  }

  private static ContentForm form(Entry entry) {
    return new ContentForm(
        entry.get("title"), entry.get("slug"), entry.get("summary"), entry.body(), null);
  }

  private static Entry original(List<Entry> entries) {
    String language = entries.get(0).get("original");
    return entries.stream()
        .filter(e -> e.language().equals(language))
        .findFirst()
        .orElse(entries.get(0));
  }

  static List<Entry> read() {
    try {
      Resource[] files =
          new PathMatchingResourcePatternResolver().getResources("classpath*:demo/content/*.md");
      List<Entry> entries = new ArrayList<>();
      for (Resource file : files) {
        String name = file.getFilename();
        if (name == null || !name.matches(".+\\.[a-z]{2}\\.md")) {
          continue;
        }
        String language = name.substring(name.length() - 5, name.length() - 3);
        entries.add(parse(language, file.getContentAsString(StandardCharsets.UTF_8)));
      }
      entries.sort(Comparator.comparing(Entry::key).thenComparing(Entry::language));
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Entry parse(String language, String text) {
    String normalised = text.replace("\r\n", "\n");
    if (!normalised.startsWith("---\n")) {
      throw new IllegalArgumentException("No front matter");
    }
    int end = normalised.indexOf("\n---\n", 4);
    Map<String, String> meta = new LinkedHashMap<>();
    for (String line : normalised.substring(4, end).split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        meta.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
      }
    }
    return new Entry(meta.get("key"), language, meta, normalised.substring(end + 5).strip() + "\n");
  }
}
