package org.safeports.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-indexes everything from the sources' public APIs: each source in a transaction of its own that
 * holds the source's lock (so an item's change waits for it, on any instance), its rows replaced as
 * a whole (readers keep the old rows until it commits), then the vocabulary. At start an empty
 * index is rebuilt, so that a fresh database is searchable.
 */
@Service
class SearchRebuild {

  private static final Logger log = LoggerFactory.getLogger(SearchRebuild.class);

  private final SearchSources sources;
  private final SearchIndex index;
  private final TransactionTemplate transactions;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  SearchRebuild(
      SearchSources sources,
      SearchIndex index,
      TransactionTemplate transactions,
      JdbcClient jdbc,
      AuditLog audit,
      Clock clock) {
    this.sources = sources;
    this.index = index;
    this.transactions = transactions;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  void atStart() {
    if (index.empty()) {
      int documents = rebuild(null);
      log.info("Search: the empty index was rebuilt at start ({} documents)", documents);
    }
  }

  /**
   * Rebuilds the index; {@code by} is the person who asked (null at start), recorded with the
   * rebuild and in the audit log.
   *
   * @return how many documents the index holds after it
   */
  int rebuild(String by) {
    Instant started = clock.instant();
    List<String> names = sources.names();
    AtomicInteger total = new AtomicInteger();
    for (String name : names) {
      SearchSource source = sources.named(name).orElseThrow();
      transactions.executeWithoutResult(
          tx -> {
            index.lock(name);
            index.dropSource(name);
            source.everything(
                batch -> {
                  List<SearchDocument> kept = new ArrayList<>();
                  for (SearchDocument d : batch) {
                    if (d.source().equals(name) && SearchIndexer.acceptable(d)) {
                      kept.add(d);
                    }
                  }
                  if (!kept.isEmpty()) {
                    index.insert(kept);
                    total.addAndGet(kept.size());
                  }
                });
          });
    }
    transactions.executeWithoutResult(
        tx -> {
          index.dropSourcesOtherThan(names);
          index.refreshVocabulary();
          jdbc.sql(
                  "insert into search_rebuild (started_at, finished_at, documents, started_by)"
                      + " values (:started, :finished, :documents, :by)")
              .param("started", Timestamp.from(started))
              .param("finished", Timestamp.from(clock.instant()))
              .param("documents", total.get())
              .param("by", by)
              .update();
          if (by != null) {
            audit.record(
                AuditEntry.of(AuditAction.SEARCH_INDEX_REBUILT, "search")
                    .detail(AuditEntry.fields("documents", total.get())));
          }
        });
    return total.get();
  }
}
