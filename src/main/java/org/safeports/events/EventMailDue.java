package org.safeports.events;

import java.time.Instant;
import java.util.List;

/**
 * Mail the events module decided to send about registrations: each letter goes to one account, in
 * the language the person registered in, and may carry the event's calendar file.
 */
public record EventMailDue(List<Letter> letters) {

  /** Why the letter goes. */
  public enum Kind {
    CONFIRMED,
    WAITING,
    PENDING,
    PROMOTED,
    CANCELLED,
    REFUSED,
    REMINDER_DAY,
    REMINDER_HOUR,
    MESSAGE
  }

  /**
   * @param title the event's title in the letter's language
   * @param path the event's page
   * @param startsAt when it starts
   * @param zone the zone it is held in (its own local time is written in the letter)
   * @param text the secretariat's words, for a message (empty otherwise)
   * @param calendar the iCalendar file to attach, or null
   * @param calendarMethod REQUEST or CANCEL, when a file is attached
   */
  public record Letter(
      long accountId,
      String language,
      Kind kind,
      String title,
      String path,
      Instant startsAt,
      String zone,
      String text,
      byte[] calendar,
      String calendarMethod) {}
}
