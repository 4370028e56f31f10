package org.safeports.content;

/** An old revision could not be restored: its address is taken, or someone saved meanwhile. */
class RestoreRefused extends RuntimeException {

  private final long itemId;
  private final String language;

  RestoreRefused(long itemId, String language) {
    super("Restore refused");
    this.itemId = itemId;
    this.language = language;
  }

  long itemId() {
    return itemId;
  }

  String language() {
    return language;
  }
}
