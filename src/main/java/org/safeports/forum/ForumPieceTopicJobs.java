package org.safeports.forum;

import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.safeports.voices.PieceChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When Port Voices topics are opened: as soon as a piece changes (publishing is such a change), and
 * every ten minutes for pieces that became visible on their own (published for a later date).
 * Opening is idempotent, so an event delivered twice or a sweep on two instances opens one topic.
 */
@Component
class ForumPieceTopicJobs {

  private final ForumPieceTopics pieceTopics;

  ForumPieceTopicJobs(ForumPieceTopics pieceTopics) {
    this.pieceTopics = pieceTopics;
  }

  @ApplicationModuleListener
  void on(PieceChanged changed) {
    pieceTopics.open(changed.pieceId());
  }

  @Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = TimeUnit.MINUTES)
  @SchedulerLock(name = "forum-piece-topics", lockAtMostFor = "PT10M")
  void sweep() {
    pieceTopics.openMissing();
  }
}
