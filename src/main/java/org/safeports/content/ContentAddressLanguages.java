package org.safeports.content;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeports.platform.web.AddressLanguages;
import org.safeports.platform.web.Language;
import org.safeports.platform.web.PublicPagesVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code /news/<slug>} and {@code /pages/<slug>} are in the language of the translation the slug
 * belongs to. Slugs are unique per language only, so several translations may share one (often the
 * same words in Spanish, Portuguese and French): the address then belongs to the original text if
 * it is among them, else to the first in the portal's order of languages, and the others are
 * reached with {@code ?lang=}. Only texts readers may read (originals, published translations) own
 * an address.
 *
 * <p>The owner of each slug is kept in memory: this is asked before the page cache answers, which
 * must not wait for the database. The memory is emptied when {@link PublicPagesVersion} moves, as
 * the navigation's is: at once for a change here, within about a second for one made on another
 * instance, so every instance gives a slug the same language.
 */
@Component
class ContentAddressLanguages implements AddressLanguages {

  private static final Pattern ADDRESS = Pattern.compile("/(?:news|pages)/([^/]+)");

  private final JdbcClient jdbc;
  private final PublicPagesVersion version;
  private final LoadingCache<String, String> ownerBySlug;
  private volatile long knownVersion;

  ContentAddressLanguages(JdbcClient jdbc, PublicPagesVersion version) {
    this.jdbc = jdbc;
    this.version = version;
    this.knownVersion = version.current();
    this.ownerBySlug =
        Caffeine.newBuilder()
            .maximumSize(20_000)
            .build(
                new CacheLoader<String, String>() {
                  @Override
                  public String load(String slug) {
                    return readOwners(Set.of(slug)).get(slug);
                  }

                  @Override
                  public Map<String, String> loadAll(Set<? extends String> slugs) {
                    return readOwners(slugs);
                  }
                });
  }

  @Override
  public Optional<Language> languageOf(String path) {
    Matcher address = ADDRESS.matcher(path);
    if (!address.matches()) {
      return Optional.empty();
    }
    try {
      return Language.fromCode(current().get(address.group(1)));
    } catch (RuntimeException e) {
      // Without the database the page falls back to the reader's language.
      return Optional.empty();
    }
  }

  /** The address of a text: its slug, or, where another text owns that slug, {@code ?lang=}. */
  String path(ContentKind kind, String slug, String language, Map<String, String> owners) {
    String path = ContentReader.prefix(kind) + slug;
    return language.equals(owners.get(slug)) ? path : path + "?lang=" + language;
  }

  /** The language owning each of these slugs, read together. */
  Map<String, String> owners(Collection<String> slugs) {
    return current().getAll(slugs);
  }

  /** The slugs' owners as of the current version of what visitors may see. */
  private LoadingCache<String, String> current() {
    long now = version.current();
    if (now != knownVersion) {
      ownerBySlug.invalidateAll();
      knownVersion = now;
    }
    return ownerBySlug;
  }

  /** The slugs' owners read from the database now, past the memory (for the site search). */
  Map<String, String> readOwners(Set<? extends String> slugs) {
    Map<String, String> owners = new HashMap<>();
    if (slugs.isEmpty()) {
      return owners;
    }
    jdbc.sql(
            """
            select distinct on (t.slug) t.slug, t.language
            from content_translation t join content_item i on i.id = t.item_id
            where t.slug = any(:slugs)
              and (t.status = 'PUBLISHED' or t.language = i.original_language)
            order by t.slug, (t.language = i.original_language) desc,
                     array_position(array['en', 'es', 'pt', 'fr'], cast(t.language as text))
            """)
        // One array, not a parameter per slug: the sitemap asks for every slug at once (88,000 in
        // the bench data set), past the driver's limit of 65,535 parameters.
        .param("slugs", slugs.toArray(String[]::new))
        .query((rs, n) -> owners.put(rs.getString(1), rs.getString(2)))
        .list();
    return owners;
  }
}
