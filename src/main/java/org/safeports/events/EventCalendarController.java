package org.safeports.events;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.safeports.platform.security.Viewer;
import org.safeports.platform.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The events as iCalendar files: the whole calendar, one event, and a person's own calendar at the
 * secret address shown on their events page. What a reader may not see is not found.
 */
@RestController
class EventCalendarController {

  private final EventCalendarQueries queries;
  private final EventCalendarFiles files;
  private final EventCalendarKeys keys;
  private final EventVisibility visibility;
  private final MessageSource messages;

  EventCalendarController(
      EventCalendarQueries queries,
      EventCalendarFiles files,
      EventCalendarKeys keys,
      EventVisibility visibility,
      MessageSource messages) {
    this.queries = queries;
    this.files = files;
    this.keys = keys;
    this.visibility = visibility;
    this.messages = messages;
  }

  @GetMapping("/events.ics")
  ResponseEntity<byte[]> calendar(@ModelAttribute("viewer") Viewer viewer, Locale locale) {
    String language = Language.of(locale).code();
    List<Event> events = queries.feed(viewer.signedIn(), Instant.now());
    byte[] body =
        files.feed(events, language, messages.getMessage("events.calendar.feedName", null, locale));
    return respond(body, "safeports-events.ics", CacheControl.noCache());
  }

  @GetMapping("/events/{slug}/event.ics")
  ResponseEntity<byte[]> event(
      @PathVariable String slug, @ModelAttribute("viewer") Viewer viewer, Locale locale) {
    Event event =
        queries
            .bySlug(slug)
            .filter(e -> visibility.maySee(viewer, e))
            .orElseThrow(EventCalendarController::notFound);
    byte[] body = files.invitation(event, Language.of(locale).code(), "REQUEST");
    return respond(body, event.slug() + ".ics", CacheControl.noCache());
  }

  @GetMapping("/calendar/{secret}.ics")
  ResponseEntity<byte[]> personal(@PathVariable String secret) {
    long account = keys.accountFor(secret).orElseThrow(EventCalendarController::notFound);
    String language = queries.languageOf(account);
    Locale locale = Language.fromCode(language).orElse(Language.EN).locale();
    Instant now = Instant.now();
    byte[] body =
        files.personal(
            queries.confirmedFor(account, now),
            queries.markedBy(account, language, now),
            language,
            messages.getMessage("events.calendar.personalName", null, locale));
    return respond(body, "my-safeports-events.ics", CacheControl.noStore().cachePrivate());
  }

  private static ResponseEntity<byte[]> respond(byte[] body, String name, CacheControl cache) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(EventCalendarFiles.MEDIA_TYPE))
        .cacheControl(cache)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
        .header("X-Robots-Tag", "noindex")
        .body(body);
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
  }
}
