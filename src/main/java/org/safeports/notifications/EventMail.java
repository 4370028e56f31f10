package org.safeports.notifications;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.safeports.events.EventMailDue;
import org.safeports.identity.AccountDirectory;
import org.safeports.platform.PortalProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mail about a person's registration (confirmed, waiting, moved up, cancelled, refused, a reminder,
 * a message from the secretariat) in the language they registered in, with the event's calendar
 * file attached where it has one.
 */
@Component
class EventMail {

  static final String CALENDAR_TYPE = "text/calendar; charset=UTF-8; method=";

  private final MailOutbox outbox;
  private final AccountDirectory accounts;
  private final PortalProperties properties;

  EventMail(MailOutbox outbox, AccountDirectory accounts, PortalProperties properties) {
    this.outbox = outbox;
    this.accounts = accounts;
    this.properties = properties;
  }

  @ApplicationModuleListener
  void on(EventMailDue due) {
    for (EventMailDue.Letter letter : due.letters()) {
      accounts
          .contact(letter.accountId())
          .ifPresent(
              contact -> {
                String kind = "event." + kind(letter.kind());
                Locale locale = Locale.forLanguageTag(letter.language());
                ZoneId zone = ZoneId.of(letter.zone());
                String when =
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(letter.startsAt().atZone(zone));
                Object[] arguments = {
                  contact.displayName(),
                  letter.title(),
                  when,
                  zone.getId(),
                  properties.link(letter.path()),
                  letter.text(),
                  properties.link("/account/events")
                };
                if (letter.calendar() != null) {
                  outbox.enqueueWithFile(
                      contact.email(),
                      letter.language(),
                      kind,
                      "event.ics",
                      CALENDAR_TYPE + letter.calendarMethod(),
                      letter.calendar(),
                      arguments);
                } else {
                  outbox.enqueue(contact.email(), letter.language(), kind, arguments);
                }
              });
    }
  }

  private static String kind(EventMailDue.Kind kind) {
    return switch (kind) {
      case CONFIRMED -> "confirmed";
      case WAITING -> "waiting";
      case PENDING -> "pending";
      case PROMOTED -> "promoted";
      case CANCELLED -> "cancelled";
      case REFUSED -> "refused";
      case REMINDER_DAY -> "reminderDay";
      case REMINDER_HOUR -> "reminderHour";
      case MESSAGE -> "message";
    };
  }
}
