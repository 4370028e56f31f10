package org.safeports.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The index's version, shared by the instances through the {@code search_index_version} sequence:
 * it moves after each commit that changed the index, and a search reads it before looking for a
 * results page it already found ({@link SearchResults}).
 *
 * <p>After the commit, not before: a search that read the new value before the change was visible
 * would keep results without it under that value. A search that read the old value and then saw the
 * change keeps newer results under an old value, which no later search asks for.
 */
@Component
class SearchIndexVersion {

  private static final Logger log = LoggerFactory.getLogger(SearchIndexVersion.class);

  private final JdbcClient jdbc;

  SearchIndexVersion(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The version now. A sequence's {@code last_value} is the same before and after its first {@code
   * nextval}; {@code is_called} tells the two apart.
   */
  long current() {
    return jdbc.sql(
            "select case when is_called then last_value else 0 end from search_index_version")
        .query(Long.class)
        .single();
  }

  /**
   * The index was just changed in the transaction under way: the version moves once it commits, and
   * not at all when it rolls back. Called after the change, so that without a transaction the
   * version moves once the change is written.
   */
  void changed() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      move();
      return;
    }
    boolean registered =
        TransactionSynchronizationManager.getSynchronizations().stream()
            .anyMatch(MoveAfterCommit.class::isInstance);
    if (!registered) {
      TransactionSynchronizationManager.registerSynchronization(new MoveAfterCommit());
    }
  }

  private void move() {
    try {
      jdbc.sql("select nextval('search_index_version')").query(Long.class).single();
    } catch (RuntimeException e) {
      // Results kept under the old version are served until they expire (SearchResults.KEPT_FOR).
      log.warn("Could not move the search index's version: {}", e.toString());
    }
  }

  private final class MoveAfterCommit implements TransactionSynchronization {
    @Override
    public void afterCommit() {
      move();
    }
  }
}
