package org.safeports.content;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeports.platform.text.MarkdownRenderer;
import org.safeports.platform.web.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds what an address names and puts together the page a visitor reads. */
@Service
@Transactional(readOnly = true)
class ContentReader {

  /** What an address leads to: a page, another address, or nothing. */
  sealed interface Outcome {}

  record Found(Article article) implements Outcome {}

  record MovedTo(String path, boolean permanent) implements Outcome {}

  record Missing() implements Outcome {}

  private final ContentItemRepository items;
  private final ContentTranslationRepository translations;
  private final ContentQueries queries;
  private final ContentAddressLanguages addresses;
  private final Clock clock;
  private final LeadImages leadImages;

  ContentReader(
      ContentItemRepository items,
      ContentTranslationRepository translations,
      ContentQueries queries,
      ContentAddressLanguages addresses,
      Clock clock,
      LeadImages leadImages) {
    this.items = items;
    this.translations = translations;
    this.queries = queries;
    this.addresses = addresses;
    this.clock = clock;
    this.leadImages = leadImages;
  }

  /**
   * The page at {@code slug}: the translation the slug belongs to, whatever the reader's language.
   * {@code lang} is the page's language (the address's, or the one the reader chose with the
   * switcher); {@code chosen} says the reader chose it in this request, which sends them to that
   * translation, or, where there is none, shows this text with a notice.
   */
  Outcome read(ContentKind kind, String slug, String lang, boolean chosen) {
    var hit = queries.findSlug(slug, lang);
    if (hit.isEmpty()) {
      return queries
          .findOldSlug(slug, lang)
          .flatMap(old -> currentPath(kind, old.itemId(), old.language()))
          .<Outcome>map(path -> new MovedTo(path, true))
          .orElse(new Missing());
    }
    Optional<ContentItem> found = items.findById(hit.get().itemId());
    if (found.isEmpty() || found.get().kind() != kind || !found.get().isVisible(clock.instant())) {
      return new Missing();
    }
    ContentItem item = found.get();
    List<ContentTranslation> all = translations.findByItemId(item.id());
    List<ContentTranslation> readable =
        all.stream()
            .filter(
                t ->
                    t.language().equals(item.originalLanguage())
                        || t.status() == ContentTranslation.Status.PUBLISHED)
            .sorted(Comparator.comparing(t -> Language.fromCode(t.language()).orElse(Language.EN)))
            .toList();
    ContentTranslation wanted =
        readable.stream().filter(t -> t.language().equals(lang)).findFirst().orElse(null);
    ContentTranslation original =
        readable.stream()
            .filter(t -> t.language().equals(item.originalLanguage()))
            .findFirst()
            .orElseThrow();
    ContentTranslation named =
        readable.stream()
            .filter(t -> t.language().equals(hit.get().language()) && t.slug().equals(slug))
            .findFirst()
            .orElse(null);
    Map<String, String> owners =
        addresses.owners(readable.stream().map(ContentTranslation::slug).toList());
    if (named == null) {
      // The slug of a translation not published (yet, or any more).
      ContentTranslation instead = wanted != null ? wanted : original;
      return new MovedTo(addresses.path(kind, instead.slug(), instead.language(), owners), false);
    }
    if (chosen && wanted != null && wanted != named) {
      return new MovedTo(addresses.path(kind, wanted.slug(), wanted.language(), owners), false);
    }
    ContentTranslation shown = named;
    List<Article.LanguageLink> links =
        readable.stream()
            .map(
                t ->
                    new Article.LanguageLink(
                        t.language(), addresses.path(kind, t.slug(), t.language(), owners)))
            .toList();
    return new Found(
        new Article(
            item.id(),
            kind,
            shown.title(),
            shown.summary(),
            shown.bodyHtml(),
            MarkdownRenderer.headingsOf(shown.bodyHtml()),
            shown.language(),
            chosen && wanted == null,
            item.originalLanguage(),
            links,
            item.publishAt() != null ? item.publishAt() : item.publishedAt(),
            shown.updatedAt(),
            item.nextReviewOn(),
            item.authorName(),
            item.topic(),
            kind == ContentKind.PAGE ? queries.ancestors(item.id(), lang) : List.of(),
            kind == ContentKind.PAGE ? queries.pagesUnder(item.id(), lang) : List.of(),
            kind == ContentKind.NEWS
                ? queries.relatedNews(item.id(), item.topic(), lang, 3)
                : List.of(),
            leadImages.forPage(item.id(), shown.language(), item.originalLanguage()).orElse(null)));
  }

  private Optional<String> currentPath(ContentKind kind, long itemId, String language) {
    return translations.findByItemIdAndLanguage(itemId, language).map(t -> prefix(kind) + t.slug());
  }

  static String prefix(ContentKind kind) {
    return kind == ContentKind.NEWS ? "/news/" : "/pages/";
  }
}
