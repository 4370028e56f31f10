package org.safeports.events;

/** A slot of the agenda: a session with talks, or a break (coffee, lunch) without. */
enum SessionKind {
  SESSION,
  BREAK
}
