package org.safeports.platform.web;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Empties the cache of anonymous pages once a change visitors can see is committed. */
@Component
class PublicPagesChangeListener {

  private final AnonymousPageCache cache;

  PublicPagesChangeListener(AnonymousPageCache cache) {
    this.cache = cache;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(PublicPagesChanged change) {
    cache.changed();
  }
}
