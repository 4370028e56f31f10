package org.safeports.search;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the index in step with the modules: on a {@link SearchableChange} it asks the item's source
 * for the item's documents and replaces the item's rows, in the transaction that made the change. A
 * withdrawal and the index's removal therefore commit together, and no reader finds the item after
 * the module's change is visible. When the source fails, the item leaves the index (a rebuild
 * brings it back): the search would rather miss an item than show one that may be restricted now.
 */
@Component
class SearchIndexer {

  private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

  private final SearchSources sources;
  private final SearchIndex index;
  private final EntityManager entities;

  SearchIndexer(SearchSources sources, SearchIndex index, EntityManager entities) {
    this.sources = sources;
    this.index = index;
    this.entities = entities;
  }

  @EventListener
  @Transactional
  public void on(SearchableChange change) {
    String name = change.searchSource();
    String ref = change.searchRef();
    if (name == null || ref == null) {
      return;
    }
    SearchSource source = sources.named(name).orElse(null);
    if (source == null) {
      log.warn("Search: no source named {} for item {}", name, ref);
      return;
    }
    // The module announced its change before JPA wrote it (an entity's new state is written at
    // commit); its source reads with SQL, which would see the item as it was: written first.
    entities.flush();
    List<SearchDocument> documents;
    try {
      documents = indexable(name, ref, source.documents(ref));
    } catch (RuntimeException e) {
      log.warn("Search: source {} failed for item {}; the item leaves the index", name, ref, e);
      documents = List.of();
    }
    index.lock(name);
    index.replace(name, ref, documents);
  }

  /** The documents of the item that may be indexed: its own, in a known language, on this site. */
  static List<SearchDocument> indexable(String source, String ref, List<SearchDocument> found) {
    if (found == null) {
      return List.of();
    }
    return found.stream()
        .filter(d -> acceptable(d) && d.source().equals(source) && d.ref().equals(ref))
        .toList();
  }

  /** In one of the four languages, with a path on this site (never another site or a script). */
  static boolean acceptable(SearchDocument d) {
    String path = d.path();
    boolean ok =
        TextConfigs.LANGUAGES.contains(d.language())
            && path.startsWith("/")
            && !path.startsWith("//")
            && path.indexOf('\\') < 0;
    if (!ok) {
      log.warn("Search: document {}/{} ({}) refused", d.source(), d.ref(), d.language());
    }
    return ok;
  }
}
