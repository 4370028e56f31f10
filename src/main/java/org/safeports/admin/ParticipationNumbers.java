package org.safeports.admin;

/** A median as the table and the CSV write it: whole when it is, else with one decimal. */
final class ParticipationNumbers {

  private ParticipationNumbers() {}

  static String plain(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(java.util.Locale.ROOT, "%.1f", value);
  }
}
