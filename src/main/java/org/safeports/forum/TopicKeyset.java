package org.safeports.forum;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of topics ordered by latest activity starts: before this time (in microseconds, the
 * database's precision, so that no topic is skipped or shown twice) and, at the same time, before
 * this id. Written in links as {@code before=<epochMicros>-<id>}.
 */
record TopicKeyset(Instant at, long id) {

  private static final Pattern TEXT = Pattern.compile("(-?\\d{1,19})-(\\d{1,19})");

  /** The position a link names; empty (the first page) for no or a malformed value. */
  static Optional<TopicKeyset> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = TEXT.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    try {
      long micros = Long.parseLong(matcher.group(1));
      long id = Long.parseLong(matcher.group(2));
      return Optional.of(new TopicKeyset(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id));
    } catch (NumberFormatException | java.time.DateTimeException tooLarge) {
      return Optional.empty();
    }
  }

  String text() {
    return ChronoUnit.MICROS.between(Instant.EPOCH, at) + "-" + id;
  }
}
