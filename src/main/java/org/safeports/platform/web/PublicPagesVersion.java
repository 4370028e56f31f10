package org.safeports.platform.web;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Moves on whenever what visitors may see could have changed: a change committed on this instance
 * or another one (the shared counter, read once a second), or a scheduled publication coming due.
 * What a module keeps in memory for its pages (the navigation, a listing's filter choices) is read
 * again when this has moved, so that every instance renders the same page, byte for byte, and
 * therefore with the same ETag.
 */
@Component
public class PublicPagesVersion {

  private final AtomicLong version = new AtomicLong();

  public long current() {
    return version.get();
  }

  void moved() {
    version.incrementAndGet();
  }
}
