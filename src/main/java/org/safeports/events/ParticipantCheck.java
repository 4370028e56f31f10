package org.safeports.events;

/** Whether a person holds a confirmed place at an event (the online link is for them only). */
interface ParticipantCheck {

  boolean confirmed(long eventId, long accountId);
}
