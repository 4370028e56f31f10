package org.safeports.contact;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeports.platform.web.Language;
import org.safeports.platform.web.SitemapEntries;
import org.springframework.stereotype.Component;

/** The contact form in each language ({@code ?lang=} answers in it to a visitor with no cookie). */
@Component
class ContactSitemap implements SitemapEntries {

  @Override
  public List<Entry> sitemapEntries() {
    Map<String, String> alternates = new LinkedHashMap<>();
    for (Language language : Language.all()) {
      alternates.put(language.code(), "/contact?lang=" + language.code());
    }
    return alternates.values().stream()
        .map(path -> new Entry(path, (Instant) null, alternates))
        .toList();
  }
}
