package org.safeports.events;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.security.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The event a registration screen is about: one the reader may see, or not found. */
@Service
class RegistrationEvents {

  private final EventRepository events;
  private final EventVisibility visibility;

  RegistrationEvents(EventRepository events, EventVisibility visibility) {
    this.events = events;
    this.visibility = visibility;
  }

  @Transactional(readOnly = true)
  Event visible(String slug, Viewer viewer) {
    return events
        .findBySlug(slug)
        .filter(e -> visibility.maySee(viewer, e))
        .orElseThrow(NotFoundException::new);
  }

  @Transactional(readOnly = true)
  Optional<Event> byId(long eventId) {
    return events.findById(eventId);
  }

  /** These events by id, texts loaded, in one statement. */
  @Transactional(readOnly = true)
  Map<Long, Event> byIds(Collection<Long> eventIds) {
    if (eventIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Event> found = new HashMap<>();
    events.findWithTexts(eventIds).forEach(e -> found.put(e.id(), e));
    return found;
  }

  @Transactional(readOnly = true)
  Event existing(long eventId) {
    return events.findById(eventId).orElseThrow(NotFoundException::new);
  }
}
