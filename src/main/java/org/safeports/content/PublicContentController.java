package org.safeports.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.web.Language;
import org.safeports.platform.web.PageMeta;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/** News and resource pages as visitors read them. */
@Controller
class PublicContentController {

  static final int NEWS_PER_PAGE = 10;

  private final ContentReader reader;
  private final NewsArchive archive;

  PublicContentController(ContentReader reader, NewsArchive archive) {
    this.reader = reader;
    this.archive = archive;
  }

  @GetMapping("/news")
  String news(
      @RequestParam(required = false) String topic,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      Locale locale) {
    String lang = Language.of(locale).code();
    String filter = topic != null && Topics.ALL.contains(topic) ? topic : null;
    NewsArchive.Page shown = archive.page(filter, page, lang);
    model.addAttribute("news", shown.items());
    model.addAttribute("topic", filter);
    model.addAttribute("topics", Topics.ALL);
    model.addAttribute("page", shown.number());
    model.addAttribute("pages", shown.pages());
    model.addAttribute("total", shown.total());
    model.addAttribute(
        "pageMeta", new PageMeta("Safeports", null, "/news", "website", alternates("/news")));
    return "content/news-list";
  }

  @GetMapping("/news/{slug}")
  Object article(
      @PathVariable String slug,
      @RequestParam(name = "lang", required = false) String chosen,
      Model model,
      Locale locale) {
    return show(ContentKind.NEWS, slug, chosen, model, locale);
  }

  @GetMapping("/pages/{slug}")
  Object page(
      @PathVariable String slug,
      @RequestParam(name = "lang", required = false) String chosen,
      Model model,
      Locale locale) {
    return show(ContentKind.PAGE, slug, chosen, model, locale);
  }

  /**
   * The address decides the language (the locale resolver has already made it the page's); only a
   * choice made with the switcher in this request ({@code ?lang=}) leads elsewhere.
   */
  private Object show(ContentKind kind, String slug, String chosen, Model model, Locale locale) {
    String lang = Language.of(locale).code();
    boolean switching = Language.fromCode(chosen).isPresent();
    ContentReader.Outcome outcome = reader.read(kind, slug, lang, switching);
    if (outcome instanceof ContentReader.MovedTo moved) {
      RedirectView redirect = new RedirectView(moved.path(), true);
      redirect.setStatusCode(moved.permanent() ? HttpStatus.MOVED_PERMANENTLY : HttpStatus.FOUND);
      return redirect;
    }
    if (!(outcome instanceof ContentReader.Found found)) {
      throw new NotFoundException();
    }
    Article article = found.article();
    Map<String, String> alternates = new LinkedHashMap<>();
    article.languages().forEach(l -> alternates.put(l.language(), l.path()));
    model.addAttribute("article", article);
    model.addAttribute("languageLinks", switcher(article, ContentReader.prefix(kind) + slug));
    model.addAttribute("today", java.time.LocalDate.now());
    model.addAttribute(
        "pageMeta",
        new PageMeta(
            article.title(),
            article.summary(),
            ContentReader.prefix(kind) + slug,
            kind == ContentKind.NEWS ? "article" : "website",
            alternates));
    return kind == ContentKind.NEWS ? "content/article" : "content/page";
  }

  /**
   * The header's language links: each language's translation, or this text for a language it lacks
   * (the page then says it is not translated). The choice is stored as with any switch.
   */
  private static Map<Language, String> switcher(Article article, String here) {
    Map<Language, String> links = new LinkedHashMap<>();
    for (Language language : Language.all()) {
      String path =
          article.languages().stream()
              .filter(l -> l.language().equals(language.code()))
              .map(Article.LanguageLink::path)
              .findFirst()
              .orElse(here);
      links.put(language, path.contains("?") ? path : path + "?lang=" + language.code());
    }
    return links;
  }

  static Map<String, String> alternates(String path) {
    Map<String, String> links = new LinkedHashMap<>();
    for (Language language : Language.all()) {
      links.put(language.code(), path + "?lang=" + language.code());
    }
    return links;
  }

  static List<String> topics() {
    return Topics.ALL;
  }
}
