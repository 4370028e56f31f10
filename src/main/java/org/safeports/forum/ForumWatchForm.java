package org.safeports.forum;

import jakarta.validation.constraints.Pattern;

/**
 * Watching or stopping: {@code watch} true or false, and for a watch an optional delivery for this
 * topic or category (blank: the reader's default). {@code back} names the page to return to.
 */
record ForumWatchForm(
    @Pattern(regexp = "true|false", message = "{forum.watch.invalid}") String watch,
    @Pattern(regexp = "|PER_POST|DAILY|WEEKLY|NONE", message = "{forum.watch.invalid}")
        String delivery,
    @Pattern(regexp = "|topic|preferences", message = "{forum.watch.invalid}") String back) {

  boolean watching() {
    return !"false".equals(watch);
  }

  ForumDelivery chosen() {
    return ForumDelivery.orDefault(delivery);
  }

  boolean backToPreferences() {
    return "preferences".equals(back);
  }
}
