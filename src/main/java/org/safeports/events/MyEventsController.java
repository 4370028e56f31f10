package org.safeports.events;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeports.identity.PortalUser;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.safeports.platform.web.Language;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's events on their account: their registrations, with the times in the zone saved on the
 * account (or the one they choose here), and their calendar feed's address.
 */
@Controller
class MyEventsController {

  static final String PATH = "/account/events";

  private final RegistrationEvents events;
  private final RegistrationRecords records;
  private final EventCalendarKeys calendarKeys;
  private final VisitorZones zones;
  private final Clock clock;
  private final AuditLog audit;

  MyEventsController(
      RegistrationEvents events,
      RegistrationRecords records,
      EventCalendarKeys calendarKeys,
      VisitorZones zones,
      Clock clock,
      AuditLog audit) {
    this.audit = audit;
    this.events = events;
    this.records = records;
    this.calendarKeys = calendarKeys;
    this.zones = zones;
    this.clock = clock;
  }

  /**
   * One line of the person's list: when, in the zone shown and named; {@code ownZone} names the
   * event's own zone when its clock differs from the one shown, else it is null.
   */
  record Mine(
      String slug,
      String title,
      Instant startsAt,
      String when,
      String zone,
      String ownWhen,
      String ownZone,
      RegistrationStatus status,
      long placeInLine,
      boolean past) {}

  @GetMapping(PATH)
  String mine(
      @AuthenticationPrincipal PortalUser user,
      HttpServletRequest request,
      Model model,
      Locale locale) {
    String language = Language.of(locale).code();
    // The account's zone, or one asked for here; without either, UTC, named, never implied.
    VisitorZones.Shown shown = zones.shown(request, user.accountId(), ZoneId.of("UTC"));
    ZoneId zone = shown.zone();
    List<RegistrationRecords.Registration> registrations = records.ofAccount(user.accountId());
    Map<Long, Event> byId =
        events.byIds(
            registrations.stream().map(RegistrationRecords.Registration::eventId).toList());
    Map<Long, Long> places = records.placesInLine(user.accountId());
    List<Mine> mine = new ArrayList<>();
    for (RegistrationRecords.Registration r : registrations) {
      Event e = byId.get(r.eventId());
      if (e == null) {
        continue;
      }
      boolean same =
          zone.getRules()
              .getOffset(e.startsAt())
              .equals(e.zone().getRules().getOffset(e.startsAt()));
      mine.add(
          new Mine(
              e.slug(),
              e.title(language),
              e.startsAt(),
              EventReading.span(e.startsAt(), e.endsAt(), zone, locale),
              EventReading.zoneName(zone, locale),
              same ? null : EventReading.span(e.startsAt(), e.endsAt(), e.zone(), locale),
              same ? null : EventReading.zoneName(e.zone(), locale),
              r.status(),
              places.getOrDefault(r.id(), 0L),
              e.past(clock.instant())));
    }
    model.addAttribute("registrations", mine);
    model.addAttribute("calendarSecret", calendarKeys.secretFor(user.accountId()));
    model.addAttribute("shownZoneName", EventReading.zoneName(zone, locale));
    // Chosen here, not guessed by the browser: this page shows the account's zone, and the person
    // changes it with the form (which saves it on the account).
    EventsController.zoneModel(model, new VisitorZones.Shown(zone, true), PATH);
    return "events/mine";
  }

  /** A new calendar address: the old one stops working at once. */
  @PostMapping(PATH + "/calendar")
  String renew(@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
    calendarKeys.renew(user.accountId());
    audit.record(AuditEntry.of(AuditAction.EVENT_CALENDAR_RENEWED, user.accountId()));
    redirect.addFlashAttribute("notice", "events.calendar.renewed");
    return "redirect:" + PATH;
  }
}
