package org.safeports.content;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.safeports.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the secretariat's content screens show of one item: its facts, texts, images, history. */
@Service
@Transactional(readOnly = true)
class ContentEditorViews {

  /** The facts the edit screen shows about an item. */
  record ItemFacts(
      long id,
      ContentKind kind,
      EditorialStatus status,
      boolean scheduled,
      Instant publishAt,
      Instant publishedAt,
      String originalLanguage,
      List<EditorialStatus.Action> actions) {}

  /** A revision as the history screen lists it. */
  record RevisionView(int number, String title, String authorName, Instant createdAt) {
    static RevisionView of(ContentRevision r) {
      return new RevisionView(r.number(), r.title(), r.authorName(), r.createdAt());
    }

    public boolean bySecretariat() {
      return Bylines.isSecretariat(authorName);
    }
  }

  /** An item's text in one language, as the translation screen shows it. */
  record TextView(
      String language,
      String title,
      String summary,
      String bodyMarkdown,
      ContentTranslation.Status status) {
    static TextView of(ContentTranslation t) {
      return new TextView(t.language(), t.title(), t.summary(), t.bodyMarkdown(), t.status());
    }
  }

  /** The original beside a translation (null while there is none), and whether it is behind. */
  record TranslationScreen(TextView original, TextView translation, boolean stale) {}

  /** Two revisions of a text and the differences between them, line by line. */
  record Comparison(RevisionView older, RevisionView newer, List<DiffRow> rows) {}

  private final ContentItemRepository items;
  private final ContentTranslationRepository translations;
  private final ContentRevisionRepository revisions;
  private final ContentImageRepository images;
  private final ContentEditing editing;
  private final Clock clock;

  ContentEditorViews(
      ContentItemRepository items,
      ContentTranslationRepository translations,
      ContentRevisionRepository revisions,
      ContentImageRepository images,
      ContentEditing editing,
      Clock clock) {
    this.items = items;
    this.translations = translations;
    this.revisions = revisions;
    this.images = images;
    this.editing = editing;
    this.clock = clock;
  }

  ItemFacts facts(long id) {
    ContentItem item = item(id);
    return new ItemFacts(
        item.id(),
        item.kind(),
        item.status(),
        item.isScheduled(clock.instant()),
        item.publishAt(),
        item.publishedAt(),
        item.originalLanguage(),
        item.status().allowedActions().stream().sorted().toList());
  }

  /** The original text, as the edit form starts from it. */
  ContentForm originalForm(long id) {
    return formOf(translation(id, item(id).originalLanguage()));
  }

  ItemSettingsForm settings(long id) {
    ContentItem item = item(id);
    return new ItemSettingsForm(
        item.parentId(), item.position(), item.topic(), item.nextReviewOn());
  }

  /** The translation as its form starts from it; empty while there is none. */
  ContentForm translationForm(long id, String language) {
    return translations
        .findByItemIdAndLanguage(id, language)
        .map(ContentEditorViews::formOf)
        .orElse(ContentForm.empty());
  }

  TranslationScreen translationScreen(long id, String language) {
    ContentItem item = item(id);
    ContentTranslation original = translation(id, item.originalLanguage());
    Optional<ContentTranslation> existing = translations.findByItemIdAndLanguage(id, language);
    return new TranslationScreen(
        TextView.of(original),
        existing.map(TextView::of).orElse(null),
        existing.map(t -> t.basedOnRevision() < item.originalRevision()).orElse(false));
  }

  List<ImageInfo> images(long id) {
    return images.infoForItem(id);
  }

  List<RevisionView> revisions(long id, String language) {
    item(id);
    return revisions.findByItemIdAndLanguageOrderByNumberDesc(id, language).stream()
        .map(RevisionView::of)
        .toList();
  }

  Comparison compare(long id, String language, int from, int to) {
    item(id);
    ContentRevision older = revision(id, language, from);
    ContentRevision newer = revision(id, language, to);
    DiffRowGenerator generator =
        DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            // The default line normaliser escapes HTML: revisions are shown as text.
            .oldTag(open -> open ? "<del>" : "</del>")
            .newTag(open -> open ? "<ins>" : "</ins>")
            .build();
    List<DiffRow> rows = generator.generateDiffRows(lines(older), lines(newer));
    return new Comparison(RevisionView.of(older), RevisionView.of(newer), rows);
  }

  /**
   * Why a news item's topic or a page's parent cannot be used (a message key), if it cannot: the
   * parent must be a page, and not the item itself or one of its own pages.
   */
  Optional<SettingsProblem> settingsProblem(
      ContentKind kind, ItemSettingsForm settings, Long itemId) {
    if (kind == ContentKind.NEWS && !Topics.isKnown(settings.topic())) {
      return Optional.of(new SettingsProblem("topic", "content.form.topic.unknown"));
    }
    if (kind == ContentKind.PAGE && settings.parentId() != null) {
      var parent = items.findById(settings.parentId());
      if (parent.isEmpty()
          || parent.get().kind() != ContentKind.PAGE
          || (itemId != null && editing.wouldLoop(settings.parentId(), itemId))) {
        return Optional.of(new SettingsProblem("parentId", "content.form.parent.invalid"));
      }
    }
    return Optional.empty();
  }

  /** A settings field that cannot be used, and the message key that says why. */
  record SettingsProblem(String field, String code) {}

  private ContentItem item(long id) {
    return items.findById(id).orElseThrow(NotFoundException::new);
  }

  private ContentTranslation translation(long itemId, String language) {
    return translations
        .findByItemIdAndLanguage(itemId, language)
        .orElseThrow(NotFoundException::new);
  }

  private ContentRevision revision(long id, String language, int number) {
    return revisions
        .findByItemIdAndLanguageAndNumber(id, language, number)
        .orElseThrow(NotFoundException::new);
  }

  private static ContentForm formOf(ContentTranslation t) {
    return new ContentForm(t.title(), t.slug(), t.summary(), t.bodyMarkdown(), t.version());
  }

  private static List<String> lines(ContentRevision r) {
    String text = r.title() + "\n\n" + r.summary() + "\n\n" + r.bodyMarkdown();
    return Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
  }
}
