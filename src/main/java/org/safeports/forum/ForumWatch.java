package org.safeports.forum;

/**
 * Whether the reader watches a topic, and the delivery that topic has for them (null: their
 * default), as the watch fragment {@code forum/watch :: topic(topic)} shows it.
 */
public record ForumWatch(long topicId, boolean watching, ForumDelivery delivery) {

  /** The delivery as the fragment's select sends it: blank for the reader's default. */
  public String deliveryValue() {
    return delivery == null ? "" : delivery.name();
  }
}
