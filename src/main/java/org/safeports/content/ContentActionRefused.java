package org.safeports.content;

/** The item's state does not allow this step (someone moved it meanwhile). */
class ContentActionRefused extends RuntimeException {

  private final long itemId;

  ContentActionRefused(long itemId) {
    super("Not allowed in this state");
    this.itemId = itemId;
  }

  long itemId() {
    return itemId;
  }
}
