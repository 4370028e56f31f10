package org.safeports.events;

/** What kind of gathering an event is; each has its own label and filter on the events list. */
enum EventKind {
  SEMINAR,
  MEETING,
  CONFERENCE,
  TRAINING
}
