package org.safeports.platform;

import java.util.List;

/**
 * What one module has waiting for the secretariat, for the dashboard's queue. Each module that has
 * such work implements it with a small bean that reads its own tables, so the dashboard reads none
 * of theirs. One bounded statement per source (or per kind), oldest first.
 */
public interface WaitingWorkSource {

  /** At most {@code limit} items of each kind this source gives, oldest first. */
  List<QueuedWork> waiting(int limit);
}
