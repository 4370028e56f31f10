package org.safeports.notifications;

import java.time.Instant;
import org.safeports.forum.ForumDelivery;
import org.springframework.stereotype.Component;

/** Sends one reader's forum digest now, for tests outside this package (the browser's). */
@Component
public class TestForumDigests {

  private final ForumDigests digests;

  TestForumDigests(ForumDigests digests) {
    this.digests = digests;
  }

  public boolean sendDaily(long accountId) {
    return digests.send(accountId, ForumDelivery.DAILY, Instant.now());
  }
}
