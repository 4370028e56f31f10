package org.safeports.platform.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.springframework.web.util.HtmlUtils;

/** Writes RSS 2.0 and Atom feeds; every text is escaped. */
public final class FeedWriter {

  /** The feed itself. Links are absolute. */
  public record Feed(
      String title, String description, String language, String pageLink, String selfLink) {}

  /** One entry. */
  public record Entry(
      String id, String title, String link, String summary, String author, Instant published) {}

  private FeedWriter() {}

  public static String rss(Feed feed, List<Entry> entries) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel>");
    xml.append(element("title", feed.title()));
    xml.append(element("link", feed.pageLink()));
    xml.append(element("description", feed.description()));
    xml.append(element("language", feed.language()));
    xml.append("<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"")
        .append(escape(feed.selfLink()))
        .append("\"/>");
    for (Entry entry : entries) {
      xml.append("<item>");
      xml.append(element("title", entry.title()));
      xml.append(element("link", entry.link()));
      xml.append("<guid isPermaLink=\"false\">").append(escape(entry.id())).append("</guid>");
      xml.append(element("description", entry.summary()));
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
    xml.append(element("title", feed.title()));
    xml.append(element("subtitle", feed.description()));
    xml.append(element("id", feed.selfLink()));
    xml.append("<link rel=\"self\" href=\"").append(escape(feed.selfLink())).append("\"/>");
    xml.append("<link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(escape(feed.pageLink()))
        .append("\"/>");
    xml.append(element("updated", DateTimeFormatter.ISO_INSTANT.format(updated)));
    for (Entry entry : entries) {
      xml.append("<entry>");
      xml.append(element("title", entry.title()));
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
      xml.append(element("summary", entry.summary()));
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
}
