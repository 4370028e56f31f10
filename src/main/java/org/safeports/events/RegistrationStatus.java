package org.safeports.events;

/** Where a registration stands (see the event_registration table). */
enum RegistrationStatus {
  PENDING,
  WAITING,
  CONFIRMED,
  CANCELLED,
  REFUSED;

  /** Still holds or waits for a place. */
  public boolean active() {
    return this == PENDING || this == WAITING || this == CONFIRMED;
  }
}
