package org.safeports.events;

/**
 * Who sees an event's participant list. Only participants who agreed to be listed appear in it,
 * whoever reads it; the secretariat always sees all registrants on its own screen.
 */
enum ParticipantListing {
  NOBODY,
  PARTICIPANTS,
  MEMBERS
}
