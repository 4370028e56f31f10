package org.safeports.membership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeports.platform.web.Language;
import org.safeports.platform.web.SitemapEntries;
import org.springframework.stereotype.Component;

/** The member states' list and every country's page, in each language ({@code ?lang=}). */
@Component
class MemberStatesSitemap implements SitemapEntries {

  private final MemberStateRecords records;

  MemberStatesSitemap(MemberStateRecords records) {
    this.records = records;
  }

  @Override
  public List<Entry> sitemapEntries() {
    List<Entry> entries = new ArrayList<>(entries("/members"));
    for (MemberStateRow row : records.all()) {
      entries.addAll(entries("/members/" + row.code().toLowerCase(Locale.ROOT)));
    }
    return entries;
  }

  private static List<Entry> entries(String path) {
    Map<String, String> alternates = new LinkedHashMap<>();
    for (Language language : Language.all()) {
      alternates.put(language.code(), path + "?lang=" + language.code());
    }
    return alternates.values().stream().map(p -> new Entry(p, (Instant) null, alternates)).toList();
  }
}
