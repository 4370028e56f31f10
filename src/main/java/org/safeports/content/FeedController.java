package org.safeports.content;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.PortalProperties;
import org.safeports.platform.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/** RSS 2.0 and Atom feeds of the news, one per language, and the sitemap with its alternates. */
@Controller
class FeedController {

  static final int FEED_SIZE = 20;

  private final ContentQueries queries;
  private final ContentSitemap sitemap;
  private final PortalProperties properties;
  private final MessageSource messages;

  FeedController(
      ContentQueries queries,
      ContentSitemap sitemap,
      PortalProperties properties,
      MessageSource messages) {
    this.queries = queries;
    this.sitemap = sitemap;
    this.properties = properties;
    this.messages = messages;
  }

  @GetMapping("/feeds/news-{lang}.rss")
  ResponseEntity<String> rss(@PathVariable String lang) {
    Language language =
        Language.fromCode(lang)
            .filter(l -> l.code().equals(lang))
            .orElseThrow(NotFoundException::new);
    List<ContentCard> news = queries.news(language.code(), null, 0, FEED_SIZE);
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel>");
    xml.append(element("title", title(language)));
    xml.append(element("link", properties.link("/news?lang=" + language.code())));
    xml.append(
        element("description", messages.getMessage("site.description", null, language.locale())));
    xml.append(element("language", language.code()));
    xml.append("<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"")
        .append(escape(properties.link("/feeds/news-" + language.code() + ".rss")))
        .append("\"/>");
    for (ContentCard card : news) {
      String link = properties.link(card.path());
      xml.append("<item>");
      xml.append(element("title", card.title()));
      xml.append(element("link", link));
      xml.append("<guid isPermaLink=\"false\">safeports-news-")
          .append(card.itemId())
          .append("</guid>");
      xml.append(element("description", card.summary()));
      if (card.publishedAt() != null) {
        xml.append(
            element(
                "pubDate",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    card.publishedAt().atOffset(ZoneOffset.UTC))));
      }
      xml.append("</item>");
    }
    xml.append("</channel></rss>");
    return xml(xml, "application/rss+xml");
  }

  @GetMapping("/feeds/news-{lang}.atom")
  ResponseEntity<String> atom(@PathVariable String lang) {
    Language language =
        Language.fromCode(lang)
            .filter(l -> l.code().equals(lang))
            .orElseThrow(NotFoundException::new);
    List<ContentCard> news = queries.news(language.code(), null, 0, FEED_SIZE);
    Instant updated =
        news.stream()
            .map(ContentCard::publishedAt)
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse(Instant.EPOCH);
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        .append(language.code())
        .append("\">");
    xml.append(element("title", title(language)));
    xml.append(element("id", properties.link("/feeds/news-" + language.code() + ".atom")));
    xml.append("<link rel=\"self\" href=\"")
        .append(escape(properties.link("/feeds/news-" + language.code() + ".atom")))
        .append("\"/>");
    xml.append("<link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(escape(properties.link("/news?lang=" + language.code())))
        .append("\"/>");
    xml.append(element("updated", DateTimeFormatter.ISO_INSTANT.format(updated)));
    for (ContentCard card : news) {
      xml.append("<entry>");
      xml.append(element("title", card.title()));
      xml.append("<link rel=\"alternate\" type=\"text/html\" href=\"")
          .append(escape(properties.link(card.path())))
          .append("\"/>");
      xml.append(element("id", "tag:safeports.org,2010:news-" + card.itemId()));
      Instant when = card.publishedAt() == null ? updated : card.publishedAt();
      xml.append(element("updated", DateTimeFormatter.ISO_INSTANT.format(when)));
      xml.append("<author>").append(element("name", card.authorName())).append("</author>");
      xml.append("<summary xml:lang=\"")
          .append(card.language())
          .append("\">")
          .append(escape(card.summary()))
          .append("</summary>");
      xml.append("</entry>");
    }
    xml.append("</feed>");
    return xml(xml, "application/atom+xml");
  }

  @GetMapping("/sitemap.xml")
  ResponseEntity<String> sitemap() {
    return xml(new StringBuilder(sitemap.render()), "application/xml");
  }

  private String title(Language language) {
    return "Safeports · " + messages.getMessage("content.news.heading", null, language.locale());
  }

  private static ResponseEntity<String> xml(CharSequence body, String type) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
        .body(body.toString());
  }

  static String element(String name, String text) {
    return "<" + name + ">" + escape(text) + "</" + name + ">";
  }

  static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8").replace("&#39;", "&apos;");
  }
}
