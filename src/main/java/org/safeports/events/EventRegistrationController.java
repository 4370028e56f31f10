package org.safeports.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeports.identity.AccountDirectory;
import org.safeports.identity.Contact;
import org.safeports.identity.PortalUser;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.security.Viewer;
import org.safeports.platform.web.Language;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in person registers for an event through its form, cancels, reads the participant list
 * where the event shows one ({@link MyEventsController} lists their registrations).
 */
@Controller
class EventRegistrationController {

  private final RegistrationEvents events;
  private final EventRegistrations registrations;
  private final RegistrationRecords records;
  private final RegistrationQuestions questions;
  private final AccountDirectory accounts;
  private final Clock clock;

  EventRegistrationController(
      RegistrationEvents events,
      EventRegistrations registrations,
      RegistrationRecords records,
      RegistrationQuestions questions,
      AccountDirectory accounts,
      Clock clock) {
    this.events = events;
    this.registrations = registrations;
    this.records = records;
    this.questions = questions;
    this.accounts = accounts;
    this.clock = clock;
  }

  private Event visible(String slug, Viewer viewer) {
    return events.visible(slug, viewer);
  }

  @GetMapping("/events/{slug}/register")
  String form(
      @PathVariable String slug,
      @ModelAttribute("viewer") Viewer viewer,
      @AuthenticationPrincipal PortalUser user,
      Model model,
      Locale locale) {
    Event event = visible(slug, viewer);
    return show(event, user, Map.of(), true, Map.of(), null, model, locale);
  }

  @PostMapping("/events/{slug}/register")
  String register(
      @PathVariable String slug,
      @RequestParam Map<String, String> params,
      @ModelAttribute("viewer") Viewer viewer,
      @AuthenticationPrincipal PortalUser user,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Event event = visible(slug, viewer);
    Map<String, String> given = new LinkedHashMap<>();
    for (RegistrationQuestions.Key key : RegistrationQuestions.Key.values()) {
      given.put(key.name(), params.getOrDefault("q" + key.name(), ""));
    }
    boolean listed = "true".equals(params.get("listed"));
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, String> answers =
        RegistrationQuestions.check(questions.of(event.id()), given, errors);
    if (!errors.isEmpty()) {
      return show(event, user, given, listed, errors, null, model, locale);
    }
    EventRegistrations.Outcome outcome =
        registrations.register(
            event.id(), user.accountId(), Language.of(locale).code(), answers, listed);
    if (outcome.refusal() != null) {
      return show(event, user, given, listed, errors, outcome.refusal(), model, locale);
    }
    redirect.addFlashAttribute("registered", outcome.status().name());
    return "redirect:/account/events";
  }

  private String show(
      Event event,
      PortalUser user,
      Map<String, String> given,
      boolean listed,
      Map<String, String> errors,
      String refusal,
      Model model,
      Locale locale) {
    String language = Language.of(locale).code();
    model.addAttribute("eventTitle", event.title(language));
    model.addAttribute("eventSlug", event.slug());
    model.addAttribute("open", event.registrationOpen(clock.instant()));
    model.addAttribute("approval", event.registrationMode() == RegistrationMode.APPROVAL);
    model.addAttribute("listing", event.participantList() != ParticipantListing.NOBODY);
    model.addAttribute("questions", questions.of(event.id()));
    model.addAttribute("given", given);
    model.addAttribute("listed", listed);
    model.addAttribute("answerErrors", errors);
    model.addAttribute("refusal", refusal);
    model.addAttribute("current", records.of(event.id(), user.accountId()).orElse(null));
    Map<String, String> summary = new LinkedHashMap<>();
    errors.forEach((key, code) -> summary.put("q" + key, code));
    if (refusal != null) {
      summary.put("register", refusal);
    }
    model.addAttribute("summary", summary);
    return "events/register";
  }

  @PostMapping("/events/{slug}/cancel")
  String cancel(
      @PathVariable String slug,
      @ModelAttribute("viewer") Viewer viewer,
      @AuthenticationPrincipal PortalUser user,
      RedirectAttributes redirect) {
    Event event = visible(slug, viewer);
    EventRegistrations.Outcome outcome = registrations.cancel(event.id(), user.accountId());
    if (outcome.refusal() != null) {
      redirect.addFlashAttribute("refusal", outcome.refusal());
    } else {
      redirect.addFlashAttribute("cancelled", event.title(event.originalLanguage()));
    }
    return "redirect:/account/events";
  }

  @GetMapping("/events/{slug}/participants")
  String participants(
      @PathVariable String slug,
      @ModelAttribute("viewer") Viewer viewer,
      @AuthenticationPrincipal PortalUser user,
      Model model,
      Locale locale) {
    Event event = visible(slug, viewer);
    boolean may =
        viewer.has("EDITOR")
            || event.participantList() == ParticipantListing.MEMBERS
            || event.participantList() == ParticipantListing.PARTICIPANTS
                && records.confirmed(event.id(), user.accountId());
    if (!may) {
      throw new NotFoundException();
    }
    List<Map<String, String>> people = new ArrayList<>();
    for (RegistrationRecords.Registration r :
        records.ofEvent(event.id(), RegistrationStatus.CONFIRMED)) {
      if (!r.listed()) {
        continue;
      }
      String name = accounts.contact(r.accountId()).map(Contact::displayName).orElse(null);
      if (name != null) {
        people.add(
            Map.of(
                "name", name,
                "organisation", r.answers().getOrDefault("ORGANISATION", ""),
                "country", r.answers().getOrDefault("COUNTRY", "")));
      }
    }
    model.addAttribute("eventTitle", event.title(Language.of(locale).code()));
    model.addAttribute("eventSlug", event.slug());
    model.addAttribute("people", people);
    return "events/participants";
  }
}
