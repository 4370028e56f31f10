package org.safeports.forum;

/**
 * A forum step refused for a reason the person can be told (a locked topic, an edit after its
 * window): {@link #messageKey()} is a key of the forum bundle, shown on the page the step came
 * from. Unreadable things are never refused with this: they are not found.
 */
class ForumRefused extends RuntimeException {

  private final String messageKey;

  ForumRefused(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  String messageKey() {
    return messageKey;
  }
}
