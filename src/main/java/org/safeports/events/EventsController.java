package org.safeports.events;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.safeports.identity.PortalUser;
import org.safeports.platform.security.Viewer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The events lists, an event's page, and the choice of time zone without JavaScript. */
@Controller
class EventsController {

  /** Times in lists are shown in this zone until the visitor's is known. */
  static final ZoneId LIST_ZONE = ZoneId.of("UTC");

  private final EventReading reading;
  private final VisitorZones zones;
  private final EventHostCountries hosts;
  private final Clock clock;

  EventsController(
      EventReading reading, VisitorZones zones, EventHostCountries hosts, Clock clock) {
    this.reading = reading;
    this.zones = zones;
    this.hosts = hosts;
    this.clock = clock;
  }

  @GetMapping("/events")
  String upcoming(
      @RequestParam(required = false) String kind,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      HttpServletRequest request,
      Model model,
      Locale locale) {
    return list(false, kind, user, viewer, request, model, locale);
  }

  @GetMapping("/events/past")
  String past(
      @RequestParam(required = false) String kind,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      HttpServletRequest request,
      Model model,
      Locale locale) {
    return list(true, kind, user, viewer, request, model, locale);
  }

  private String list(
      boolean past,
      String kindParam,
      PortalUser user,
      Viewer viewer,
      HttpServletRequest request,
      Model model,
      Locale locale) {
    EventKind kind = kind(kindParam);
    VisitorZones.Shown shown = zones.shown(request, accountOf(user), LIST_ZONE);
    String tz = request.getParameter("tz") != null && shown.chosen() ? shown.zone().getId() : null;
    model.addAttribute(
        "events", reading.list(past, kind, viewer, clock.instant(), shown.zone(), locale));
    model.addAttribute("past", past);
    model.addAttribute("kind", kind);
    model.addAttribute("kinds", EventKind.values());
    model.addAttribute("tzQuery", tz == null ? "" : "?tz=" + encoded(tz));
    String base = past ? "/events/past" : "/events";
    zoneModel(model, shown, base + (kind == null ? "" : "?kind=" + kind.name()));
    return "events/list";
  }

  @GetMapping("/events/{slug}")
  String page(
      @PathVariable String slug,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      HttpServletRequest request,
      Model model,
      Locale locale) {
    Event event = reading.visible(slug, viewer);
    VisitorZones.Shown shown = zones.shown(request, accountOf(user), event.zone());
    model.addAttribute(
        "event",
        reading.page(slug, viewer, accountOf(user), clock.instant(), shown.zone(), locale));
    hosts
        .of(event.id())
        .ifPresent(
            code -> {
              model.addAttribute("hostCode", code);
              model.addAttribute("hostName", hosts.name(code, locale));
            });
    zoneModel(model, shown, "/events/" + slug);
    return "events/page";
  }

  /** The no-JavaScript zone choice: saved on the account when signed in, then back to the page. */
  @PostMapping("/events/time-zone")
  String timeZone(
      @RequestParam(name = "tz", defaultValue = "") String tz,
      @RequestParam(name = "back", defaultValue = "/events") String back,
      @AuthenticationPrincipal PortalUser user,
      RedirectAttributes redirect) {
    String target = safeBack(back);
    Optional<ZoneId> zone = VisitorZones.parsed(tz);
    if (zone.isEmpty()) {
      redirect.addFlashAttribute("zoneError", "events.zone.unknown");
      redirect.addFlashAttribute("zoneTyped", tz);
      return "redirect:" + target;
    }
    if (user != null) {
      zones.save(user.accountId(), zone.get());
    }
    return "redirect:"
        + target
        + (target.contains("?") ? "&" : "?")
        + "tz="
        + encoded(zone.get().getId());
  }

  static void zoneModel(Model model, VisitorZones.Shown shown, String back) {
    model.addAttribute("shownZone", shown.zone().getId());
    model.addAttribute("zoneChosen", shown.chosen());
    model.addAttribute("zoneChoices", VisitorZones.choices());
    model.addAttribute("zoneBack", back);
  }

  /** Only an events address of this site (or the person's own events), never another host. */
  static String safeBack(String back) {
    if (back == null) {
      return "/events";
    }
    int mark = back.indexOf('?');
    String path = mark < 0 ? back : back.substring(0, mark);
    String query = mark < 0 ? "" : back.substring(mark + 1);
    boolean pathKnown =
        path.equals("/events")
            || path.equals(MyEventsController.PATH)
            || path.equals("/events/past")
            || (path.startsWith("/events/")
                && !path.equals("/events/time-zone")
                && slugLike(path.substring("/events/".length())));
    boolean queryKnown =
        query.isEmpty()
            || (query.startsWith("kind=")
                && query.length() > "kind=".length()
                && query.substring("kind=".length()).chars().allMatch(c -> c >= 'A' && c <= 'Z'));
    return pathKnown && queryKnown ? back : "/events";
  }

  /** Letters, digits and hyphens only, as an event's address has (no slash, dot or colon). */
  private static boolean slugLike(String text) {
    return !text.isEmpty()
        && text.chars()
            .allMatch(
                c ->
                    (c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z')
                        || (c >= '0' && c <= '9')
                        || c == '-');
  }

  static EventKind kind(String value) {
    return Arrays.stream(EventKind.values())
        .filter(k -> k.name().equals(value))
        .findFirst()
        .orElse(null);
  }

  private static Long accountOf(PortalUser user) {
    return user == null ? null : user.accountId();
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
