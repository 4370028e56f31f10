package org.safeports.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates as a reader writes them in each of the portal's languages: "7 March 2011", "7 de marzo de
 * 2011", "7 de março de 2011", "7 mars 2011" (the long form of each language, from the JDK's CLDR
 * data). English uses the day-month-year order of British English, the order the other three
 * languages use. Times are the portal's, UTC, and always say so: "7 March 2011, 14:05 UTC".
 *
 * <p>Pages reach it as {@code #longDates} (see {@link LongDatesDialect}), in the page's language;
 * machine-readable {@code datetime} attributes take {@link #isoDate} and {@link #isoDateTime}.
 */
public final class LongDates {

  /** The one time zone of the portal: scheduling, the audit log and every shown time. */
  public static final ZoneId ZONE = ZoneOffset.UTC;

  private static final String ZONE_NAME = "UTC";

  private final DateTimeFormatter date;
  private final DateTimeFormatter time;
  private final DateTimeFormatter timeWithSeconds;

  public LongDates(Locale locale) {
    Locale formatting = formattingLocale(locale);
    this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(formatting);
    this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(formatting);
    this.timeWithSeconds =
        DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(formatting);
  }

  /** The date alone, long form: "7 de marzo de 2011"; an instant counts by its UTC day. */
  public String date(Object when) {
    return when == null ? "" : date.format(dateOf(when));
  }

  /** Date and time in UTC, to the minute, naming the zone: "7 de marzo de 2011, 14:05 UTC". */
  public String dateTime(Object when) {
    return when == null ? "" : withTime(when, time);
  }

  /** Date and time in UTC to the second, for records such as the audit log. */
  public String dateTimeWithSeconds(Object when) {
    return when == null ? "" : withTime(when, timeWithSeconds);
  }

  /** The UTC day as ISO 8601 ("2011-03-07"), for a {@code datetime} attribute. */
  public String isoDate(Object when) {
    return when == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(dateOf(when));
  }

  /** The moment as ISO 8601 in UTC ("2011-03-07T14:05:00Z"), for a {@code datetime} attribute. */
  public String isoDateTime(Object when) {
    // To the second: HTML's datetime takes at most three digits of a second, and nobody needs more.
    return when == null
        ? ""
        : DateTimeFormatter.ISO_INSTANT.format(
            zoned(when).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  private String withTime(Object when, DateTimeFormatter timeFormat) {
    ZonedDateTime at = zoned(when);
    // One join for every language: CLDR's own joins differ by style and JDK version, and a
    // comma reads correctly in all four.
    return date.format(at) + ", " + timeFormat.format(at) + " " + ZONE_NAME;
  }

  /** English is written day-month-year, as in the other languages, with a 24-hour clock. */
  static Locale formattingLocale(Locale locale) {
    Language language = Language.of(locale);
    return language == Language.EN ? Locale.UK : language.locale();
  }

  private static LocalDate dateOf(Object when) {
    if (when instanceof LocalDate day) {
      return day;
    }
    return zoned(when).toLocalDate();
  }

  private static ZonedDateTime zoned(Object when) {
    if (when instanceof Instant instant) {
      return instant.atZone(ZONE);
    }
    if (when instanceof OffsetDateTime offset) {
      return offset.atZoneSameInstant(ZONE);
    }
    if (when instanceof ZonedDateTime zoned) {
      return zoned.withZoneSameInstant(ZONE);
    }
    if (when instanceof LocalDateTime local) {
      // The portal keeps local date-times in UTC (the scheduling forms say so).
      return local.atZone(ZONE);
    }
    if (when instanceof LocalDate day) {
      return day.atStartOfDay(ZONE);
    }
    if (when instanceof java.util.Date legacy) {
      return legacy.toInstant().atZone(ZONE);
    }
    if (when instanceof TemporalAccessor other) {
      return ZonedDateTime.from(other).withZoneSameInstant(ZONE);
    }
    throw new IllegalArgumentException("Not a date or time: " + when.getClass().getName());
  }
}
