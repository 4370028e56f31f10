package org.safeports.events;

/** Who may see an event at all: everyone, or signed-in members (any registered account). */
enum EventAudience {
  PUBLIC,
  MEMBERS
}
