package org.safeports.platform.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.ClassUtils;

/**
 * A module's public pages for the sitemap ({@code /sitemap.xml} names a file or more of each
 * module's, {@code /sitemaps/{name}-{n}.xml}). Each page in each of its languages is one entry,
 * with the same page in the other languages as alternates ({@code hreflang}); every address must
 * answer 200 in its own language to a visitor with no cookie.
 */
public interface SitemapEntries {

  /** One address; {@code alternates} maps a language code to the path in that language. */
  record Entry(String path, Instant lastModified, Map<String, String> alternates) {}

  List<Entry> sitemapEntries();

  /**
   * The start of the module's sitemap files' names: by default the class's name without {@code
   * Sitemap}, in lower case with hyphens ({@code MemberStatesSitemap}: {@code member-states}).
   */
  default String sitemapName() {
    String name = ClassUtils.getUserClass(this).getSimpleName();
    if (name.endsWith("Sitemap") && name.length() > "Sitemap".length()) {
      name = name.substring(0, name.length() - "Sitemap".length());
    }
    StringBuilder hyphenated = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        hyphenated.append('-');
      }
      hyphenated.append(Character.toLowerCase(c));
    }
    return hyphenated.toString().toLowerCase(Locale.ROOT);
  }
}
