package org.safeports.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.MailReader;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PortalTest
class EventReminderTests {

  @Autowired TestEvents testEvents;
  @Autowired TestAccounts accounts;
  @Autowired EventRegistrations registrations;
  @Autowired EventReminders reminders;
  @Autowired JdbcClient jdbc;

  private long reminders(long eventId, String kind) {
    return jdbc.sql(
            "select count(*) from event_reminder m join event_registration r on r.id ="
                + " m.registration_id where r.event_id = ? and m.kind = ?")
        .params(eventId, kind)
        .query(Long.class)
        .single();
  }

  @Test
  void aDayAndAnHourBeforeOnceEachAndNeverToSomeoneWhoCancelled() throws Exception {
    Instant start = Instant.now().plus(Duration.ofDays(3));
    TestEvents.Made event = testEvents.seminarFor("Reminded seminar", start, 10);
    String stays = TestAccounts.freshEmail("stays");
    String leaves = TestAccounts.freshEmail("leaves");
    long staysId = accounts.create(stays, PortalRole.USER);
    long leavesId = accounts.create(leaves, PortalRole.USER);
    registrations.register(event.id(), staysId, "es", Map.of(), false);
    registrations.register(event.id(), leavesId, "en", Map.of(), false);
    registrations.cancel(event.id(), leavesId);

    reminders.sendDue(start.minus(Duration.ofHours(30)));
    assertThat(reminders(event.id(), "DAY")).isZero();
    Instant dayBefore = start.minus(Duration.ofHours(20));
    reminders.sendDue(dayBefore);
    // Run again, as a second instance would: nothing goes twice.
    reminders.sendDue(dayBefore.plusSeconds(300));
    assertThat(reminders(event.id(), "DAY")).isEqualTo(1);
    MailReader mail = new MailReader(jdbc);
    assertThat(mail.awaitLatest(stays, "event.reminderDay", 0)).contains("Reminded seminar");

    Instant hourBefore = start.minus(Duration.ofMinutes(50));
    reminders.sendDue(hourBefore);
    reminders.sendDue(hourBefore.plusSeconds(300));
    assertThat(reminders(event.id(), "HOUR")).isEqualTo(1);
    mail.awaitLatest(stays, "event.reminderHour", 0);
    Thread.sleep(1000);
    assertThat(mail.count(stays, "event.reminderDay")).isEqualTo(1);
    assertThat(mail.count(leaves, "event.reminderDay")).isZero();
    assertThat(mail.count(leaves, "event.reminderHour")).isZero();
  }
}
