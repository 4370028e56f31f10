package org.safeports.events;

import org.safeports.platform.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * The one rule for who may see an event, used by every route that shows one (its page, agenda,
 * speakers, registration, feeds and files): a draft only editors see; a published or cancelled
 * event its audience sees (everyone, or signed-in users for a members' event). What a reader may
 * not see is not found. {@link #SQL_PREDICATE} is the same rule for the lists and feeds.
 */
@Component
class EventVisibility {

  /**
   * The rule in SQL, over an {@code event_item e}, with the named parameter {@code :signedIn}
   * (boolean). Drafts never match: editors see them on their own screens, not in public lists.
   */
  static final String SQL_PREDICATE =
      "(e.status in ('PUBLISHED', 'CANCELLED') and (e.audience = 'PUBLIC' or :signedIn))";

  boolean maySee(Viewer viewer, Event event) {
    if (viewer.has("EDITOR")) {
      return true;
    }
    if (event.status() == EventStatus.DRAFT) {
      return false;
    }
    return event.audience() == EventAudience.PUBLIC || viewer.signedIn();
  }
}
