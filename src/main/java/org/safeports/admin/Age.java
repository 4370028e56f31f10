package org.safeports.admin;

import java.time.Duration;
import java.time.Instant;

/**
 * How long something has waited, in the largest unit that reads well: minutes under an hour, hours
 * under two days, days under two months, then months. The page words it with {@code key} and {@code
 * amount} in the reader's language.
 */
record Age(String key, long amount) {

  static Age between(Instant since, Instant now) {
    Duration waited = Duration.between(since, now);
    if (waited.isNegative()) {
      waited = Duration.ZERO;
    }
    if (waited.toHours() < 1) {
      return new Age("admin.queue.age.minutes", waited.toMinutes());
    }
    if (waited.toHours() < 48) {
      return new Age("admin.queue.age.hours", waited.toHours());
    }
    if (waited.toDays() < 60) {
      return new Age("admin.queue.age.days", waited.toDays());
    }
    return new Age("admin.queue.age.months", waited.toDays() / 30);
  }
}
