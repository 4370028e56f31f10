package org.safeports.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two sources for the search's tests, standing for a module: items held in memory, a change
 * announced with {@link SearchItemChanged} in a transaction, as a module does when it commits one.
 */
@Configuration(proxyBeanMethods = false)
class TestSearchSources {

  static final String NOTES = "test-notes";
  static final String POSTS = "test-posts";

  @Bean
  Source testNotes(ApplicationEventPublisher events, TransactionTemplate transactions) {
    return new Source(NOTES, events, transactions);
  }

  @Bean
  Source testPosts(ApplicationEventPublisher events, TransactionTemplate transactions) {
    return new Source(POSTS, events, transactions);
  }

  /** A document of a test source, public unless given other access keys. */
  static SearchDocument doc(
      String source, String ref, String language, String title, String body, String... access) {
    return new SearchDocument(
        source,
        ref,
        language,
        title,
        "",
        body,
        "/test/" + source + "/" + ref + "/" + language,
        access.length == 0 ? Set.of(SearchDocument.PUBLIC) : Set.of(access),
        null,
        Set.of(),
        Instant.parse("2026-03-01T12:00:00Z"));
  }

  static final class Source implements SearchSource {
    private final String name;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Map<String, List<SearchDocument>> items = new ConcurrentHashMap<>();

    Source(String name, ApplicationEventPublisher events, TransactionTemplate transactions) {
      this.name = name;
      this.events = events;
      this.transactions = transactions;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public List<SearchDocument> documents(String ref) {
      return items.getOrDefault(ref, List.of());
    }

    @Override
    public void everything(Consumer<List<SearchDocument>> sink) {
      List<SearchDocument> all = new ArrayList<>();
      items.values().forEach(all::addAll);
      for (int i = 0; i < all.size(); i += 100) {
        sink.accept(all.subList(i, Math.min(all.size(), i + 100)));
      }
    }

    /** Publishes (or replaces) an item, announced as a module does. */
    void publish(String ref, SearchDocument... documents) {
      silently(ref, documents);
      announce(ref);
    }

    /** Withdraws an item, announced. */
    void withdraw(String ref) {
      items.remove(ref);
      announce(ref);
    }

    /** Changes an item without announcing it (what only a rebuild sees). */
    void silently(String ref, SearchDocument... documents) {
      items.put(ref, List.of(documents));
    }

    void forget(String ref) {
      items.remove(ref);
    }

    void announce(String ref) {
      transactions.executeWithoutResult(
          tx -> events.publishEvent(new SearchItemChanged(name, ref)));
    }

    Set<String> refs() {
      return items.keySet().stream().collect(Collectors.toUnmodifiableSet());
    }
  }
}
