package org.safeports.content;

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
 * A scheduled item becomes visible by itself when its time comes, with nothing saved then: once a
 * minute this announces the items whose time came since the last turn with a {@link
 * ContentChanged}, so the site search indexes them. The row that says how far it got is locked for
 * the turn, so two instances never announce the same items, and none is missed after a pause.
 */
@Component
class ContentScheduleAnnouncer {

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ContentScheduleAnnouncer(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
  @SchedulerLock(name = "content-schedule-announcer", lockAtMostFor = "PT5M")
  @Transactional
  void run() {
    announceUntil(clock.instant());
  }

  /** Announces the items whose scheduled time came up to {@code now}; answers how many. */
  @Transactional
  int announceUntil(Instant now) {
    Timestamp from =
        jdbc.sql("select announced_until from content_schedule_announced where id = 1 for update")
            .query(Timestamp.class)
            .single();
    if (!from.toInstant().isBefore(now)) {
      return 0;
    }
    List<ContentChanged> due =
        jdbc.sql(
                """
                select id, kind from content_item
                where status = 'PUBLISHED' and publish_at > :from and publish_at <= :now
                order by id
                """)
            .param("from", from)
            .param("now", Timestamp.from(now))
            .query(
                (rs, n) -> new ContentChanged(rs.getLong(1), ContentKind.valueOf(rs.getString(2))))
            .list();
    due.forEach(events::publishEvent);
    jdbc.sql("update content_schedule_announced set announced_until = :now where id = 1")
        .param("now", Timestamp.from(now))
        .update();
    return due.size();
  }
}
