package org.safeports.library;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safeports.membership.CountryActivity;
import org.safeports.membership.CountrySection;
import org.safeports.platform.security.Viewer;
import org.safeports.platform.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member state's page lists the country's published contingency plans that the viewer may read
 * (by their access level), newest first, with a link to all of them in the library: one statement.
 */
@Component
class CountryPlans implements CountryActivity {

  static final int SHOWN = 5;

  private final JdbcClient jdbc;
  private final MessageSource messages;

  CountryPlans(JdbcClient jdbc, MessageSource messages) {
    this.jdbc = jdbc;
    this.messages = messages;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CountrySection> of(String countryCode, Locale locale, Viewer viewer) {
    long[] total = {0};
    List<CountrySection.Line> lines = new ArrayList<>();
    jdbc.sql(
            """
            select d.id, coalesce(t.title, o.title) as title, d.published_at,
                   count(*) over () as total
            from library_document d
            join library_description o on o.document_id = d.id and o.language = d.language
            left join library_description t on t.document_id = d.id and t.language = :lang
            where d.status = 'PUBLISHED' and d.doc_type = 'CONTINGENCY_PLAN'
              and d.country_code = :country
              and d.access_level = any(string_to_array(:levels, ','))
            order by d.published_at desc, d.id desc
            limit :shown
            """)
        .param("lang", Language.of(locale).code())
        .param("country", countryCode)
        .param("levels", String.join(",", AccessLevel.readable(viewer)))
        .param("shown", SHOWN)
        .query(
            rs -> {
              total[0] = rs.getLong("total");
              Timestamp published = rs.getTimestamp("published_at");
              lines.add(
                  new CountrySection.Line(
                      rs.getString("title"),
                      "/library/" + rs.getLong("id"),
                      published == null
                          ? null
                          : published.toInstant().atOffset(ZoneOffset.UTC).toLocalDate(),
                      null));
            });
    return Optional.of(
        new CountrySection(
            text("library.countrySection.heading", locale),
            null,
            null,
            List.copyOf(lines),
            text("library.countrySection.empty", locale),
            total[0] > lines.size()
                ? "/library?country=" + countryCode + "&type=CONTINGENCY_PLAN"
                : null,
            text("library.countrySection.more", locale)));
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
