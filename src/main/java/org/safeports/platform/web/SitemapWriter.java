package org.safeports.platform.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.safeports.platform.PortalProperties;

/** Writes the sitemap's files (a {@code urlset} of entries) and its index. */
public final class SitemapWriter {

  static final String URLSET_START =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
          + " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";

  static final String URLSET_END = "</urlset>\n";

  private SitemapWriter() {}

  /** A whole {@code urlset} of these entries. */
  public static String render(List<SitemapEntries.Entry> entries, PortalProperties properties) {
    StringBuilder xml = new StringBuilder(URLSET_START);
    for (SitemapEntries.Entry entry : entries) {
      xml.append(url(entry, properties));
    }
    return xml.append(URLSET_END).toString();
  }

  /** One entry's {@code <url>} element, with its alternates, on a line of its own. */
  static String url(SitemapEntries.Entry entry, PortalProperties properties) {
    StringBuilder xml = new StringBuilder(160 + 120 * entry.alternates().size());
    xml.append("<url><loc>")
        .append(FeedWriter.escape(properties.link(entry.path())))
        .append("</loc>");
    if (entry.lastModified() != null) {
      xml.append("<lastmod>").append(entry.lastModified().toString(), 0, 10).append("</lastmod>");
    }
    for (Map.Entry<String, String> alternate : entry.alternates().entrySet()) {
      xml.append("<xhtml:link rel=\"alternate\" hreflang=\"")
          .append(FeedWriter.escape(alternate.getKey()))
          .append("\" href=\"")
          .append(FeedWriter.escape(properties.link(alternate.getValue())))
          .append("\"/>");
    }
    return xml.append("</url>\n").toString();
  }

  /** The sitemap index: each file's address and when its newest entry changed. */
  static String index(List<SitemapFiles.File> files, PortalProperties properties) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (SitemapFiles.File file : files) {
      xml.append("<sitemap><loc>")
          .append(FeedWriter.escape(properties.link(SitemapFiles.PATH + file.name())))
          .append("</loc>");
      Instant lastModified = file.lastModified();
      if (lastModified != null) {
        xml.append("<lastmod>").append(lastModified.toString(), 0, 10).append("</lastmod>");
      }
      xml.append("</sitemap>\n");
    }
    return xml.append("</sitemapindex>\n").toString();
  }
}
