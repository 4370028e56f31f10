package org.safeports.events;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * An event's times written out for a reader: the local date and time in a zone, with the zone's
 * place and its offset from UTC on that day (so that a time across a daylight-saving change says
 * which offset it is in). Also which country a zone belongs to, for the country pages.
 */
final class EventTimes {

  private EventTimes() {}

  /** The local time of {@code at} in {@code zone}. */
  static ZonedDateTime local(Instant at, ZoneId zone) {
    return at.atZone(zone);
  }

  /** For instance "10 Mar 2027, 10:00 (Panama, UTC−5)", in the reader's language. */
  static String when(Instant at, ZoneId zone, Locale locale) {
    ZonedDateTime local = local(at, zone);
    String dateTime =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .format(local);
    return dateTime + " (" + place(zone, locale) + ", " + offset(local.getOffset()) + ")";
  }

  /** For instance "10:00 (Panama, UTC−5)": the time of day only, for lines that show the date. */
  static String clock(Instant at, ZoneId zone, Locale locale) {
    ZonedDateTime local = local(at, zone);
    String time =
        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(local);
    return time + " (" + place(zone, locale) + ", " + offset(local.getOffset()) + ")";
  }

  /** "UTC−5", "UTC−3", "UTC+5:30", "UTC". */
  static String offset(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    if (seconds == 0) {
      return "UTC";
    }
    int minutes = Math.abs(seconds) / 60;
    String sign = seconds < 0 ? "\u2212" : "+";
    return "UTC"
        + sign
        + (minutes / 60)
        + (minutes % 60 == 0 ? "" : String.format(Locale.ROOT, ":%02d", minutes % 60));
  }

  /** The zone's city in the reader's language ("Panamá", "Nueva York"), else its id. */
  static String place(ZoneId zone, Locale locale) {
    String city =
        TimeZoneNames.getInstance(ULocale.forLocale(locale)).getExemplarLocationName(zone.getId());
    return city == null || city.isBlank() ? zone.getId() : city;
  }

  /** The two-letter country of a zone ("America/Panama" is PA), or null for none. */
  static String country(ZoneId zone) {
    try {
      String region = com.ibm.icu.util.TimeZone.getRegion(zone.getId());
      return region != null && region.length() == 2 ? region : null;
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
