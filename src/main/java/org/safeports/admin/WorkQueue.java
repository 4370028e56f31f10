package org.safeports.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.safeports.platform.QueuedWork;
import org.safeports.platform.WaitingWorkSource;
import org.safeports.platform.security.Viewer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's queue: what every module has waiting ({@link WaitingWorkSource}), oldest first,
 * with who is on each item. One statement per kind of work and one for the claims, whatever the
 * size of the queue.
 */
@Service
class WorkQueue {

  /** At most this many items of each kind: the oldest, the most urgent. */
  static final int LIMIT = 50;

  /**
   * Rows on one page of the queue: a page a slow link loads quickly, and what a person works
   * through at a sitting (a render of the whole queue cost most of the dashboard's time).
   */
  static final int PAGE_SIZE = 25;

  /** One row of the queue as the dashboard shows it. */
  record Row(QueuedWork work, Age age, WorkClaims.Claim claim, boolean mine) {}

  /** What the dashboard shows: a page of the rows (filtered) and how many of each kind wait. */
  record View(Page<Row> rows, Map<QueuedWork.Kind, Integer> counts, boolean truncated) {}

  private final List<WaitingWorkSource> sources;
  private final WorkClaims claims;
  private final Clock clock;

  WorkQueue(List<WaitingWorkSource> sources, WorkClaims claims, Clock clock) {
    this.sources = sources;
    this.claims = claims;
    this.clock = clock;
  }

  /** Everything waiting, oldest first, whoever may see it. */
  List<QueuedWork> everything() {
    List<QueuedWork> all = new ArrayList<>();
    for (WaitingWorkSource source : sources) {
      all.addAll(source.waiting(LIMIT));
    }
    all.sort(Comparator.comparing(QueuedWork::since).thenComparing(QueuedWork::key));
    return all;
  }

  /**
   * What this person may see, of this kind (every kind when null), with the claims: page {@code
   * page} of it (from 0; past the last, the last).
   */
  @Transactional(readOnly = true)
  View view(Viewer viewer, QueuedWork.Kind kind, int page, long accountId) {
    Instant now = clock.instant();
    List<QueuedWork> visible = everything().stream().filter(w -> viewer.has(w.role())).toList();
    Map<QueuedWork.Kind, Integer> counts = new EnumMap<>(QueuedWork.Kind.class);
    for (QueuedWork work : visible) {
      counts.merge(work.kind(), 1, Integer::sum);
    }
    List<QueuedWork> filtered =
        visible.stream().filter(w -> kind == null || w.kind() == kind).toList();
    int last = Math.max(0, (filtered.size() - 1) / PAGE_SIZE);
    int number = Math.min(Math.max(page, 0), last);
    List<QueuedWork> shown =
        filtered.subList(number * PAGE_SIZE, Math.min(filtered.size(), (number + 1) * PAGE_SIZE));
    Map<String, WorkClaims.Claim> held = claims.on(shown.stream().map(QueuedWork::key).toList());
    List<Row> rows = new ArrayList<>(shown.size());
    for (QueuedWork work : shown) {
      WorkClaims.Claim claim = held.get(work.key());
      rows.add(
          new Row(
              work,
              Age.between(work.since(), now),
              claim,
              claim != null && claim.accountId() == accountId));
    }
    boolean truncated = counts.values().stream().anyMatch(n -> n >= LIMIT);
    return new View(
        new PageImpl<>(rows, PageRequest.of(number, PAGE_SIZE), filtered.size()),
        counts,
        truncated);
  }

  /**
   * The item under this key if it waits and this person may see it: claims are only taken on work
   * that is in the queue, not on keys made up.
   */
  java.util.Optional<QueuedWork> find(Viewer viewer, String key, List<QueuedWork> all) {
    return all.stream().filter(w -> w.key().equals(key) && viewer.has(w.role())).findFirst();
  }

  /**
   * Forgets claims on work that is done, kind by kind, and only for a kind read whole: a claim on
   * an item beyond the queue's limit is never taken for done.
   */
  void forgetDone(List<QueuedWork> all) {
    Map<QueuedWork.Kind, List<String>> keys = new EnumMap<>(QueuedWork.Kind.class);
    for (QueuedWork.Kind kind : QueuedWork.Kind.values()) {
      keys.put(kind, new ArrayList<>());
    }
    all.forEach(w -> keys.get(w.kind()).add(w.key()));
    keys.forEach(
        (kind, waiting) -> {
          if (waiting.size() < LIMIT) {
            claims.forgetAllBut(kind.name(), waiting);
          }
        });
  }
}
