package org.safeports.events;

import java.time.Clock;
import org.safeports.identity.PortalUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the event page's registration box shows (fragment {@code events/register-parts :: box}):
 * whether registration is open, whether the event is full, and where the reader stands.
 */
@Component("eventRegistrationBoxes")
class EventRegistrationBoxes {

  /** The box's facts; {@code status} is null when the reader has no registration. */
  record Box(
      String slug,
      boolean takesRegistrations,
      boolean open,
      boolean full,
      boolean signedIn,
      RegistrationStatus status,
      long placeInLine,
      boolean listing) {

    public boolean active() {
      return status != null && status.active();
    }
  }

  private final EventRepository events;
  private final RegistrationRecords records;
  private final Clock clock;

  EventRegistrationBoxes(EventRepository events, RegistrationRecords records, Clock clock) {
    this.events = events;
    this.records = records;
    this.clock = clock;
  }

  public Box box(long eventId) {
    Event event = events.findById(eventId).orElse(null);
    if (event == null) {
      return null;
    }
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    PortalUser user = auth != null && auth.getPrincipal() instanceof PortalUser u ? u : null;
    RegistrationRecords.Registration mine =
        user == null ? null : records.of(eventId, user.accountId()).orElse(null);
    boolean full = event.capacity() != null && records.confirmedCount(eventId) >= event.capacity();
    return new Box(
        event.slug(),
        event.registrationMode() != RegistrationMode.NONE,
        event.registrationOpen(clock.instant()),
        full,
        user != null,
        mine == null ? null : mine.status(),
        mine == null ? 0 : records.placeInLine(mine),
        event.participantList() == ParticipantListing.MEMBERS && user != null
            || event.participantList() == ParticipantListing.PARTICIPANTS
                && mine != null
                && mine.status() == RegistrationStatus.CONFIRMED);
  }
}
