package org.safeports.content;

import java.util.List;
import java.util.Locale;
import org.safeports.platform.PortalProperties;
import org.safeports.platform.web.FeedWriter;
import org.safeports.platform.web.Language;
import org.safeports.platform.web.PageMeta;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** RSS 2.0 and Atom feeds of the news, one per language, and the page that lists them. */
@Controller
class FeedController {

  static final int FEED_SIZE = 20;

  private final ContentQueries queries;
  private final PortalProperties properties;
  private final MessageSource messages;

  FeedController(ContentQueries queries, PortalProperties properties, MessageSource messages) {
    this.queries = queries;
    this.properties = properties;
    this.messages = messages;
  }

  @GetMapping("/feeds/news-{lang}.rss")
  ResponseEntity<String> rss(@PathVariable String lang) {
    Language language = FeedWriter.languageOf(lang);
    return FeedWriter.response(
        FeedWriter.rss(feed(language, "rss"), entries(language)), "application/rss+xml");
  }

  @GetMapping("/feeds/news-{lang}.atom")
  ResponseEntity<String> atom(@PathVariable String lang) {
    Language language = FeedWriter.languageOf(lang);
    return FeedWriter.response(
        FeedWriter.atom(feed(language, "atom"), entries(language)), "application/atom+xml");
  }

  /** One language's feeds, as the page of feeds lists them (titles in the reader's language). */
  record FeedLinks(Language language, String news, String voices) {}

  /** Every feed of the portal, in each language, named for what it holds and its language. */
  @GetMapping("/feeds")
  String feeds(Model model, Locale locale) {
    List<FeedLinks> rows =
        Language.all().stream()
            .map(
                language ->
                    new FeedLinks(
                        language,
                        messages.getMessage(
                            "content.feed.newsTitle",
                            new Object[] {name(language, locale)},
                            locale),
                        messages.getMessage(
                            "voices.feed.title", new Object[] {name(language, locale)}, locale)))
            .toList();
    model.addAttribute("feeds", rows);
    model.addAttribute(
        "pageMeta",
        new PageMeta(
            messages.getMessage("content.feeds.heading", null, locale),
            messages.getMessage("content.feeds.intro", null, locale),
            "/feeds",
            "website",
            PublicContentController.alternates("/feeds")));
    return "content/feeds";
  }

  /** A language's name in another's words: "Spanish", "español", "espanhol", "espagnol". */
  static String name(Language language, Locale reader) {
    return language.locale().getDisplayLanguage(reader);
  }

  private FeedWriter.Feed feed(Language language, String kind) {
    return new FeedWriter.Feed(
        messages.getMessage(
            "content.feed.newsTitle",
            new Object[] {name(language, language.locale())},
            language.locale()),
        messages.getMessage("site.description", null, language.locale()),
        language.code(),
        properties.link("/news?lang=" + language.code()),
        properties.link("/feeds/news-" + language.code() + "." + kind));
  }

  private List<FeedWriter.Entry> entries(Language language) {
    return queries.news(language.code(), null, 0, FEED_SIZE).stream()
        .map(
            card ->
                new FeedWriter.Entry(
                    "tag:safeports.org,2010:news-" + card.itemId(),
                    card.title(),
                    properties.link(card.path()),
                    card.summary(),
                    card.bySecretariat()
                        ? messages.getMessage(Bylines.SECRETARIAT_MESSAGE, null, language.locale())
                        : card.authorName(),
                    card.publishedAt(),
                    card.language()))
        .toList();
  }
}
