package org.safeports.events;

/**
 * Where an event stands: a draft only editors see; published, on the list and open to its audience;
 * cancelled, still shown (so that those who planned for it learn why) but closed.
 */
enum EventStatus {
  DRAFT,
  PUBLISHED,
  CANCELLED
}
