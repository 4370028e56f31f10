package org.safeports.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders to those who hold a place: a day before each event, and an hour before an online one.
 * Every five minutes on one instance at a time (ShedLock); each reminder is written into
 * event_reminder before its mail, in the same transaction, so none goes twice, and only a
 * registration confirmed at that moment gets one: someone who cancelled never does.
 */
@Component
class EventReminders {

  static final Duration DAY = Duration.ofHours(24);
  static final Duration HOUR = Duration.ofHours(1);

  private final JdbcClient jdbc;
  private final EventRepository events;
  private final EventRegistrations registrations;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  EventReminders(
      JdbcClient jdbc,
      EventRepository events,
      EventRegistrations registrations,
      ApplicationEventPublisher publisher,
      Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.registrations = registrations;
    this.publisher = publisher;
    this.clock = clock;
  }

  @Scheduled(cron = "0 */5 * * * *", zone = "UTC")
  @SchedulerLock(name = "events-reminders", lockAtMostFor = "PT4M")
  void run() {
    sendDue(clock.instant());
  }

  /** Sends the reminders due at {@code now}; answers how many went. Safe to run again. */
  @Transactional
  int sendDue(Instant now) {
    List<EventMailDue.Letter> letters = new ArrayList<>();
    // An hour before an online event; then a day before any event, unless the hour's went.
    remind(now, "HOUR", HOUR, true, letters);
    remind(now, "DAY", DAY, false, letters);
    if (!letters.isEmpty()) {
      publisher.publishEvent(new EventMailDue(letters));
    }
    return letters.size();
  }

  private void remind(
      Instant now,
      String kind,
      Duration before,
      boolean onlineOnly,
      List<EventMailDue.Letter> out) {
    List<Map<String, Object>> due =
        jdbc.sql(
                """
                insert into event_reminder (registration_id, kind, sent_at)
                select r.id, ?, ? from event_registration r join event_item e on e.id = r.event_id
                 where r.status = 'CONFIRMED' and e.status = 'PUBLISHED'
                   and e.starts_at > ? and e.starts_at <= ?
                   and (e.online or not ?)
                   and not exists (select 1 from event_reminder m
                                    where m.registration_id = r.id and m.kind in (?, 'HOUR'))
                on conflict do nothing
                returning registration_id
                """)
            .params(
                kind,
                Timestamp.from(now),
                Timestamp.from(now),
                Timestamp.from(now.plus(before)),
                onlineOnly,
                kind)
            .query()
            .listOfRows();
    for (Map<String, Object> row : due) {
      long id = ((Number) row.get("registration_id")).longValue();
      Map<String, Object> r =
          jdbc.sql("select event_id, account_id, language from event_registration where id = ?")
              .param(id)
              .query()
              .singleRow();
      Event event = events.findById(((Number) r.get("event_id")).longValue()).orElseThrow();
      out.add(
          registrations.letter(
              event,
              ((Number) r.get("account_id")).longValue(),
              (String) r.get("language"),
              kind.equals("HOUR")
                  ? EventMailDue.Kind.REMINDER_HOUR
                  : EventMailDue.Kind.REMINDER_DAY,
              ""));
    }
  }
}
