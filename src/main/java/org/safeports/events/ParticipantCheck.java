package org.safeports.events;

/**
 * Whether a person holds a confirmed registration for an event: the event page shows the online
 * link only to them. Registration implements it; without an implementation nobody is confirmed.
 */
interface ParticipantCheck {

  boolean confirmed(long eventId, long accountId);
}
