package org.safeports.voices;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A scheduled piece becomes visible by itself when its time comes, with nothing saved then: once a
 * minute this announces the pieces whose time came since the last turn with a {@link PieceChanged},
 * so the site search indexes them. The row that says how far it got is locked for the turn, so two
 * instances never announce the same pieces, and none is missed after a pause.
 */
@Component
class VoicesScheduleAnnouncer {

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  VoicesScheduleAnnouncer(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
  @SchedulerLock(name = "voices-schedule-announcer", lockAtMostFor = "PT5M")
  @Transactional
  void run() {
    announceUntil(clock.instant());
  }

  /** Announces the pieces whose scheduled time came up to {@code now}; answers how many. */
  @Transactional
  int announceUntil(Instant now) {
    Timestamp from =
        jdbc.sql("select announced_until from voices_schedule_announced where id = 1 for update")
            .query(Timestamp.class)
            .single();
    if (!from.toInstant().isBefore(now)) {
      return 0;
    }
    List<PieceChanged> due =
        jdbc.sql(
                """
                select id from voices_piece
                where status = 'PUBLISHED' and publish_at > :from and publish_at <= :now
                order by id
                """)
            .param("from", from)
            .param("now", Timestamp.from(now))
            .query((rs, n) -> new PieceChanged(rs.getLong(1)))
            .list();
    due.forEach(events::publishEvent);
    jdbc.sql("update voices_schedule_announced set announced_until = :now where id = 1")
        .param("now", Timestamp.from(now))
        .update();
    return due.size();
  }
}
