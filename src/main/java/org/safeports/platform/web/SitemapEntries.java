package org.safeports.platform.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A module's public pages for {@code /sitemap.xml}. Each page in each of its languages is one
 * entry, with the same page in the other languages as alternates ({@code hreflang}); every address
 * must answer 200 in its own language to a visitor with no cookie.
 */
public interface SitemapEntries {

  /** One address; {@code alternates} maps a language code to the path in that language. */
  record Entry(String path, Instant lastModified, Map<String, String> alternates) {}

  List<Entry> sitemapEntries();
}
