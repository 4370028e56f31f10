package org.safeports.forum;

/**
 * How a reader hears of new posts in what they watch: each post at once, a daily or weekly digest,
 * or not at all. A member's own choice holds for everything they watch unless a topic or category
 * they watch carries its own.
 */
public enum ForumDelivery {
  PER_POST,
  DAILY,
  WEEKLY,
  NONE;

  /** The choice sent by a form: one of the values, or null for "as my default" (blank). */
  static ForumDelivery orDefault(String value) {
    return value == null || value.isBlank() ? null : valueOf(value);
  }
}
