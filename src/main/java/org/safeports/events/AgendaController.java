package org.safeports.events;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.safeports.identity.PortalUser;
import org.safeports.platform.security.Viewer;
import org.safeports.platform.web.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An event's agenda and speakers, and a person's own agenda (the sessions they marked). */
@Controller
class AgendaController {

  private final EventAgendaReading reading;
  private final EventAgendaMarks marks;
  private final VisitorZones zones;

  AgendaController(EventAgendaReading reading, EventAgendaMarks marks, VisitorZones zones) {
    this.reading = reading;
    this.marks = marks;
    this.zones = zones;
  }

  @GetMapping("/events/{slug}/agenda")
  String agenda(
      @PathVariable String slug,
      @ModelAttribute("viewer") Viewer viewer,
      @AuthenticationPrincipal PortalUser user,
      HttpServletRequest request,
      Locale locale,
      Model model) {
    model.addAttribute(
        "agenda",
        reading.agenda(
            slug, viewer, accountOf(viewer, user), locale, z -> zones.zoneFor(request, z), false));
    model.addAttribute("mine", false);
    return "events/agenda";
  }

  @GetMapping("/events/{slug}/my-agenda")
  String mine(
      @PathVariable String slug,
      @ModelAttribute("viewer") Viewer viewer,
      @AuthenticationPrincipal PortalUser user,
      HttpServletRequest request,
      Locale locale,
      Model model) {
    model.addAttribute(
        "agenda",
        reading.agenda(
            slug, viewer, accountOf(viewer, user), locale, z -> zones.zoneFor(request, z), true));
    model.addAttribute("mine", true);
    return "events/agenda";
  }

  @PostMapping("/events/{slug}/agenda/{sessionId}/mark")
  String mark(
      @PathVariable String slug,
      @PathVariable long sessionId,
      @RequestParam(defaultValue = "false") boolean fromMine,
      @ModelAttribute("viewer") Viewer viewer,
      @AuthenticationPrincipal PortalUser user,
      RedirectAttributes redirect) {
    boolean now = marks.toggle(slug, sessionId, viewer, user.accountId());
    redirect.addFlashAttribute("notice", now ? "events.agenda.marked" : "events.agenda.unmarked");
    return "redirect:/events/{slug}/" + (fromMine ? "my-agenda" : "agenda#session-" + sessionId);
  }

  @GetMapping("/events/{slug}/speakers")
  String speakers(
      @PathVariable String slug,
      @ModelAttribute("viewer") Viewer viewer,
      Locale locale,
      Model model) {
    Event event = reading.visible(slug, viewer);
    model.addAttribute("eventSlug", event.slug());
    model.addAttribute("eventTitle", event.title(Language.of(locale).code()));
    model.addAttribute("speakers", reading.speakers(slug, viewer, locale));
    return "events/speakers";
  }

  @GetMapping("/events/speakers/{id}/photo")
  ResponseEntity<byte[]> photo(@PathVariable long id, @ModelAttribute("viewer") Viewer viewer) {
    AgendaRows.Photo photo = reading.photo(id, viewer);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(photo.contentType()))
        .cacheControl(CacheControl.noCache())
        .header("X-Content-Type-Options", "nosniff")
        .body(photo.bytes());
  }

  private static Long accountOf(Viewer viewer, PortalUser user) {
    return viewer.signedIn() && user != null ? user.accountId() : null;
  }
}
