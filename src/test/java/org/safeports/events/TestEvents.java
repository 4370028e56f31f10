package org.safeports.events;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events made for a test through the module's own entities: published, in English, by an editor.
 */
@Component
public class TestEvents {

  /** An event made for a test: its id and address. */
  public record Made(long id, String slug) {}

  private final EventRepository events;
  private final TestAccounts accounts;
  private final TransactionTemplate transactions;
  private final EventHostCountries hosts;

  TestEvents(
      EventRepository events,
      TestAccounts accounts,
      TransactionTemplate transactions,
      EventHostCountries hosts) {
    this.hosts = hosts;
    this.events = events;
    this.accounts = accounts;
    this.transactions = transactions;
  }

  /**
   * A published public seminar held in (and hosted by) Panama, starting at {@code startsAt}, two
   * hours long.
   */
  public Made seminar(String title, Instant startsAt) {
    return make(title, EventKind.SEMINAR, startsAt, ZoneId.of("America/Panama"), null);
  }

  /** A published public seminar with open registration for {@code capacity} people. */
  public Made seminarFor(String title, Instant startsAt, int capacity) {
    return make(title, EventKind.SEMINAR, startsAt, ZoneId.of("America/Panama"), capacity);
  }

  Made make(String title, EventKind kind, Instant startsAt, ZoneId zone, Integer capacity) {
    long editor = accounts.create(TestAccounts.freshEmail("event-editor"), PortalRole.EDITOR);
    String slug = "test-event-" + UUID.randomUUID().toString().substring(0, 8);
    Made made =
        transactions.execute(
            status -> {
              Event event = new Event(slug, kind, editor, null);
              event.describe(kind, EventAudience.PUBLIC, "en", "TAG secretariat", "en,es", "");
              event.schedule(startsAt, startsAt.plusSeconds(7200), zone);
              event.place(true, "https://meet.example.org/" + slug, null);
              event.registration(
                  capacity == null ? RegistrationMode.NONE : RegistrationMode.OPEN,
                  null,
                  null,
                  capacity,
                  ParticipantListing.NOBODY);
              event.texts().put("en", new EventText(title, "A test event.", "", Instant.now()));
              event.publish(Instant.now());
              Event saved = events.save(event);
              return new Made(saved.id(), saved.slug());
            });
    // Hosted by the country of its zone (Panama for a seminar), for the country pages.
    hosts.set(made.id(), EventTimes.country(zone));
    return made;
  }

  /** Sets an event's host country (a member state's code), or none for null. */
  public void hostedBy(long eventId, String country) {
    hosts.set(eventId, country);
  }

  /** A seminar held in {@code zone}, published, with the given audience; or a draft. */
  public Made heldIn(String title, Instant startsAt, ZoneId zone, boolean draft, boolean members) {
    Made made = make(title, EventKind.SEMINAR, startsAt, zone, null);
    transactions.executeWithoutResult(
        status -> {
          Event event = events.findById(made.id()).orElseThrow();
          if (draft) {
            event.unpublish();
          }
          if (members) {
            event.describe(event.kind(), EventAudience.MEMBERS, "en", event.organiser(), "en", "");
          }
        });
    return made;
  }

  /** Sets an event's registration mode and listing (the approval and list tests). */
  public void registration(long eventId, String mode, String listing, Integer capacity) {
    transactions.executeWithoutResult(
        status -> {
          Event event = events.findById(eventId).orElseThrow();
          event.registration(
              RegistrationMode.valueOf(mode),
              null,
              null,
              capacity,
              ParticipantListing.valueOf(listing));
        });
  }
}
