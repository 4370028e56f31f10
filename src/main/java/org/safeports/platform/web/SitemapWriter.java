package org.safeports.platform.web;

import java.util.List;
import java.util.Map;
import org.safeports.platform.PortalProperties;

/** Writes the sitemap of the portal's public pages from every module's entries. */
public final class SitemapWriter {

  private SitemapWriter() {}

  public static String render(List<SitemapEntries.Entry> entries, PortalProperties properties) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append(
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for (SitemapEntries.Entry entry : entries) {
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
      xml.append("</url>\n");
    }
    return xml.append("</urlset>\n").toString();
  }
}
