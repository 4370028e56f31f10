package org.safeports.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A year ({@code 2026}) or a quarter ({@code 2026-Q3}) of the participation table, in UTC, as it
 * comes in an address. Anything else, or a year far from now, is the current year.
 */
record ParticipationPeriod(int year, int quarter) {

  /** How many years back the period choice goes. */
  static final int YEARS = 3;

  static ParticipationPeriod parse(String value, LocalDate today) {
    ParticipationPeriod current = new ParticipationPeriod(today.getYear(), 0);
    if (value == null || value.length() < 4 || value.length() > 7) {
      return current;
    }
    try {
      int year = Integer.parseInt(value.substring(0, 4));
      int quarter = 0;
      if (value.length() == 7 && value.startsWith("-Q", 4)) {
        quarter = Integer.parseInt(value.substring(6));
      } else if (value.length() != 4) {
        return current;
      }
      if (year > today.getYear() || year <= today.getYear() - YEARS || quarter < 0 || quarter > 4) {
        return current;
      }
      return new ParticipationPeriod(year, quarter);
    } catch (NumberFormatException e) {
      return current;
    }
  }

  /** The periods offered: each of the last years, then its quarters. */
  static List<ParticipationPeriod> choices(LocalDate today) {
    List<ParticipationPeriod> choices = new ArrayList<>();
    for (int year = today.getYear(); year > today.getYear() - YEARS; year--) {
      choices.add(new ParticipationPeriod(year, 0));
      for (int quarter = 1; quarter <= 4; quarter++) {
        choices.add(new ParticipationPeriod(year, quarter));
      }
    }
    return choices;
  }

  Instant from() {
    return start().atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  Instant to() {
    return (quarter == 0 ? start().plusYears(1) : start().plusMonths(3))
        .atStartOfDay()
        .toInstant(ZoneOffset.UTC);
  }

  private LocalDate start() {
    return LocalDate.of(year, quarter == 0 ? 1 : (quarter - 1) * 3 + 1, 1);
  }

  /** As it goes in an address and in the CSV's name: 2026 or 2026-Q3. */
  public String code() {
    return quarter == 0 ? Integer.toString(year) : year + "-Q" + quarter;
  }

  @Override
  public String toString() {
    return code();
  }
}
