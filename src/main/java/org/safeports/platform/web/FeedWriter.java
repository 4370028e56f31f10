package org.safeports.platform.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes RSS 2.0 and Atom feeds. Every text is escaped for what the element holds: RSS defines
 * {@code <description>} as HTML, so its text is escaped as HTML and then as XML (a reader that
 * renders it sees the characters, never markup); Atom texts say {@code type="text"}. Each entry
 * names its language, which is not always the feed's (an item not yet translated).
 */
public final class FeedWriter {

  /** The feed itself. Links are absolute. */
  public record Feed(
      String title, String description, String language, String pageLink, String selfLink) {}

  /** One entry; {@code language} is the language its title and summary are written in. */
  public record Entry(
      String id,
      String title,
      String link,
      String summary,
      String author,
      Instant published,
      String language) {}

  private FeedWriter() {}

  public static String rss(Feed feed, List<Entry> entries) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append(
        "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>");
    xml.append(element("title", feed.title()));
    xml.append(element("link", feed.pageLink()));
    xml.append(htmlElement("description", feed.description()));
    xml.append(element("language", feed.language()));
    xml.append("<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"")
        .append(escape(feed.selfLink()))
        .append("\"/>");
    for (Entry entry : entries) {
      xml.append("<item>");
      xml.append(element("title", entry.title()));
      xml.append(element("link", entry.link()));
      xml.append("<guid isPermaLink=\"false\">").append(escape(entry.id())).append("</guid>");
      xml.append(htmlElement("description", entry.summary()));
      if (entry.language() != null) {
        xml.append(element("dc:language", entry.language()));
      }
      if (entry.published() != null) {
        xml.append(
            element(
                "pubDate",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    entry.published().atOffset(ZoneOffset.UTC))));
      }
      xml.append("</item>");
    }
    return xml.append("</channel></rss>").toString();
  }

  public static String atom(Feed feed, List<Entry> entries) {
    Instant updated =
        entries.stream()
            .map(Entry::published)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(Instant.EPOCH);
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        .append(escape(feed.language()))
        .append("\">");
    xml.append(textElement("title", feed.title()));
    xml.append(textElement("subtitle", feed.description()));
    xml.append(element("id", feed.selfLink()));
    xml.append("<link rel=\"self\" href=\"").append(escape(feed.selfLink())).append("\"/>");
    xml.append("<link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(escape(feed.pageLink()))
        .append("\"/>");
    xml.append(element("updated", DateTimeFormatter.ISO_INSTANT.format(updated)));
    for (Entry entry : entries) {
      xml.append("<entry");
      if (entry.language() != null) {
        xml.append(" xml:lang=\"").append(escape(entry.language())).append('"');
      }
      xml.append(">");
      xml.append(textElement("title", entry.title()));
      xml.append("<link rel=\"alternate\" type=\"text/html\" href=\"")
          .append(escape(entry.link()))
          .append("\"/>");
      xml.append(element("id", entry.id()));
      xml.append(
          element(
              "updated",
              DateTimeFormatter.ISO_INSTANT.format(
                  entry.published() == null ? updated : entry.published())));
      xml.append("<author>").append(element("name", entry.author())).append("</author>");
      xml.append(textElement("summary", entry.summary()));
      xml.append("</entry>");
    }
    return xml.append("</feed>").toString();
  }

  /** A feed's language from its address: exactly one of the portal's codes, else "not found". */
  public static Language languageOf(String code) {
    return Language.fromCode(code)
        .filter(l -> l.code().equals(code))
        .orElseThrow(org.safeports.platform.NotFoundException::new);
  }

  /** An XML answer (feed or sitemap) that readers and proxies may keep for five minutes. */
  public static org.springframework.http.ResponseEntity<String> response(String body, String type) {
    return org.springframework.http.ResponseEntity.ok()
        .contentType(org.springframework.http.MediaType.parseMediaType(type + ";charset=UTF-8"))
        .cacheControl(
            org.springframework.http.CacheControl.maxAge(java.time.Duration.ofMinutes(5))
                .cachePublic())
        .body(body);
  }

  public static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8").replace("&#39;", "&apos;");
  }

  private static String element(String name, String text) {
    return "<" + name + ">" + escape(text) + "</" + name + ">";
  }

  /** An element whose content readers take as HTML: the text, escaped as HTML, then as XML. */
  private static String htmlElement(String name, String text) {
    String html = text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    return "<" + name + ">" + escape(html) + "</" + name + ">";
  }

  /** An Atom text construct that says it is plain text, so no reader takes it as markup. */
  private static String textElement(String name, String text) {
    return "<" + name + " type=\"text\">" + escape(text) + "</" + name + ">";
  }
}
