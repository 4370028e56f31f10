package org.safeports.content;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditLog;
import org.safeports.platform.text.MarkdownRenderer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything an editor does to content, each in one transaction: writing an item's text in a
 * language (every save a revision), moving it through the workflow, restoring an old revision.
 * Markdown is rendered and sanitised here, before it is stored.
 */
@Service
@Transactional
class ContentEditing {

  private final ContentItemRepository items;
  private final ContentTranslationRepository translations;
  private final ContentRevisionRepository revisions;
  private final SlugRedirectRepository redirects;
  private final MarkdownRenderer markdown;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final AuditLog audit;

  ContentEditing(
      ContentItemRepository items,
      ContentTranslationRepository translations,
      ContentRevisionRepository revisions,
      SlugRedirectRepository redirects,
      MarkdownRenderer markdown,
      ApplicationEventPublisher events,
      Clock clock,
      AuditLog audit) {
    this.items = items;
    this.translations = translations;
    this.revisions = revisions;
    this.redirects = redirects;
    this.markdown = markdown;
    this.events = events;
    this.clock = clock;
    this.audit = audit;
  }

  /** A new item, its text in its original language, as a draft. */
  long create(
      ContentKind kind,
      String language,
      ContentForm text,
      ItemSettingsForm settings,
      String author) {
    ContentItem item = items.save(new ContentItem(kind, language, author));
    applySettings(item, settings);
    write(item, language, text, author, true);
    return item.id();
  }

  /** The original text and the item's settings, together or not at all. */
  void saveOriginal(long itemId, ContentForm text, ItemSettingsForm settings, String author) {
    ContentItem item = item(itemId);
    save(itemId, item.originalLanguage(), text, author);
    applySettings(item, settings);
  }

  /**
   * Saves the text in one language. Refused when someone saved it since {@code text.version()}, or
   * when the address is used by another item in that language.
   */
  void save(long itemId, String language, ContentForm text, String author) {
    ContentItem item = item(itemId);
    var existing = translations.findByItemIdAndLanguage(itemId, language);
    if (existing.isPresent() && !Objects.equals(existing.get().version(), text.version())) {
      throw new ConcurrentEditException();
    }
    if (existing.isEmpty() && text.version() != null) {
      throw new ConcurrentEditException();
    }
    write(item, language, text, author, language.equals(item.originalLanguage()));
  }

  private void write(
      ContentItem item, String language, ContentForm text, String author, boolean original) {
    String slug = Slugs.isValid(text.slug()) ? text.slug() : Slugs.of(text.title());
    if (slug.isEmpty()) {
      slug = "item-" + item.id();
    }
    if (translations.existsByLanguageAndSlugAndItemIdNot(language, slug, item.id())) {
      throw new SlugTakenException();
    }
    ContentTranslation translation =
        translations
            .findByItemIdAndLanguage(item.id(), language)
            .orElseGet(() -> new ContentTranslation(item.id(), language));
    if (translation.slug() != null && !translation.slug().equals(slug)) {
      redirects.save(new SlugRedirect(language, translation.slug(), item.id()));
    }
    redirects.findByLanguageAndSlug(language, slug).ifPresent(redirects::delete);
    if (original) {
      item.originalChanged();
    }
    String html = markdown.render(text.body()).html();
    translation.write(
        text.title().strip(),
        slug,
        text.summary().strip(),
        text.body(),
        html,
        item.originalRevision(),
        author);
    translations.save(translation);
    int number = revisions.lastNumber(item.id(), language) + 1;
    revisions.save(
        new ContentRevision(
            item.id(),
            language,
            number,
            translation.title(),
            translation.summary(),
            text.body(),
            author));
    events.publishEvent(new ContentChanged(item.id(), item.kind()));
  }

  void apply(long itemId, EditorialStatus.Action action, Instant publishAt) {
    ContentItem item = item(itemId);
    if (!item.status().allows(action)) {
      throw new ContentActionRefused(itemId);
    }
    var before = ContentAudit.state(item);
    item.apply(action, publishAt, clock.instant());
    ContentAudit.entry(item, action, before).ifPresent(audit::record);
    events.publishEvent(new ContentChanged(item.id(), item.kind()));
  }

  void setTranslationStatus(long itemId, String language, ContentTranslation.Status status) {
    ContentItem item = item(itemId);
    if (language.equals(item.originalLanguage())) {
      throw new IllegalArgumentException("The original follows the item's state");
    }
    translations
        .findByItemIdAndLanguage(itemId, language)
        .orElseThrow(NotFoundException::new)
        .setStatus(status);
    events.publishEvent(new ContentChanged(item.id(), item.kind()));
  }

  /**
   * Makes an old revision the current text again, as a new revision; refused when its address is
   * taken meanwhile or someone saved in between (nothing is written before either check).
   */
  void restore(long itemId, String language, int number, String author) {
    try {
      restoreRevision(itemId, language, number, author);
    } catch (SlugTakenException | ConcurrentEditException e) {
      throw new RestoreRefused(itemId, language);
    }
  }

  private void restoreRevision(long itemId, String language, int number, String author) {
    ContentRevision old =
        revisions
            .findByItemIdAndLanguageAndNumber(itemId, language, number)
            .orElseThrow(NotFoundException::new);
    ContentTranslation current =
        translations.findByItemIdAndLanguage(itemId, language).orElseThrow(NotFoundException::new);
    save(
        itemId,
        language,
        new ContentForm(
            old.title(), current.slug(), old.summary(), old.bodyMarkdown(), current.version()),
        author);
  }

  /** For the demo content: an item as if it had been published on its date. */
  void backdate(long itemId, Instant publishedAt) {
    item(itemId).backdate(publishedAt);
  }

  private void applySettings(ContentItem item, ItemSettingsForm settings) {
    Long parent = item.kind() == ContentKind.PAGE ? settings.parentId() : null;
    if (parent != null && (parent.equals(item.id()) || isDescendant(parent, item.id()))) {
      throw new IllegalArgumentException("A page cannot sit under itself");
    }
    item.settings(
        parent,
        settings.position() == null ? 0 : settings.position(),
        item.kind() == ContentKind.NEWS ? settings.topic() : null,
        settings.nextReviewOn());
  }

  /** Whether putting the item under this parent would make a loop in the page tree. */
  @Transactional(readOnly = true)
  boolean wouldLoop(Long parentId, long itemId) {
    return parentId != null && (parentId.equals(itemId) || isDescendant(parentId, itemId));
  }

  private boolean isDescendant(Long candidate, Long ancestor) {
    Long current = candidate;
    for (int depth = 0; current != null && depth < 20; depth++) {
      if (current.equals(ancestor)) {
        return true;
      }
      current = items.findById(current).map(ContentItem::parentId).orElse(null);
    }
    return false;
  }

  private ContentItem item(long id) {
    return items.findById(id).orElseThrow(NotFoundException::new);
  }
}
