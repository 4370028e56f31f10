package org.safeports.events;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Locale;
import org.safeports.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' agenda of an event: its days, sessions, breaks and talks in order, and the screens
 * that add, change and delete a session or break. Talks have their own ({@link
 * EventTalkAdminController}).
 */
@Controller
class EventAgendaAdminController {

  private final AgendaSessions sessions;
  private final AgendaAdminReading reading;

  EventAgendaAdminController(AgendaSessions sessions, AgendaAdminReading reading) {
    this.sessions = sessions;
    this.reading = reading;
  }

  @GetMapping("/admin/events/{id}/agenda")
  String agenda(@PathVariable long id, Locale locale, Model model) {
    Event event = sessions.event(id);
    model.addAttribute("event", EventAdminController.head(event));
    model.addAttribute("days", reading.agenda(event, locale));
    model.addAttribute("eventZone", event.zone().getId());
    return "events/admin-agenda";
  }

  @GetMapping("/admin/events/{id}/agenda/sessions/new")
  String fresh(@PathVariable long id, Model model) {
    model.addAttribute("form", sessions.fresh(id));
    return sessionPage(model, id, null);
  }

  @PostMapping("/admin/events/{id}/agenda/sessions/new")
  String add(
      @PathVariable long id,
      @Valid @ModelAttribute("form") SessionForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return sessionPage(model, id, null);
    }
    var added = FormErrors.accepted(result, () -> sessions.add(id, form));
    if (added.isEmpty()) {
      return sessionPage(model, id, null);
    }
    redirect.addFlashAttribute("notice", "events.agenda.admin.sessionAdded");
    return "redirect:/admin/events/" + id + "/agenda#session-" + added.get();
  }

  @GetMapping("/admin/events/{id}/agenda/sessions/{sessionId}")
  String edit(@PathVariable long id, @PathVariable long sessionId, Model model) {
    model.addAttribute("form", sessions.form(id, sessionId));
    return sessionPage(model, id, sessionId);
  }

  @PostMapping("/admin/events/{id}/agenda/sessions/{sessionId}")
  String change(
      @PathVariable long id,
      @PathVariable long sessionId,
      @Valid @ModelAttribute("form") SessionForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    sessions.row(id, sessionId);
    if (result.hasErrors()
        || !FormErrors.accepted(result, () -> sessions.change(id, sessionId, form))) {
      return sessionPage(model, id, sessionId);
    }
    redirect.addFlashAttribute("notice", "events.agenda.admin.saved");
    return "redirect:/admin/events/" + id + "/agenda#session-" + sessionId;
  }

  @PostMapping("/admin/events/{id}/agenda/sessions/{sessionId}/delete")
  String delete(@PathVariable long id, @PathVariable long sessionId, RedirectAttributes redirect) {
    sessions.delete(id, sessionId);
    redirect.addFlashAttribute("notice", "events.agenda.admin.sessionDeleted");
    return "redirect:/admin/events/" + id + "/agenda";
  }

  private String sessionPage(Model model, long eventId, Long sessionId) {
    Event event = sessions.event(eventId);
    model.addAttribute("event", EventAdminController.head(event));
    model.addAttribute("sessionId", sessionId);
    if (sessionId != null) {
      model.addAttribute("states", reading.states(AgendaPart.SESSION, event, sessionId));
    }
    model.addAttribute("kinds", SessionKind.values());
    model.addAttribute("eventZone", event.zone().getId());
    model.addAttribute("firstDay", LocalDate.ofInstant(event.startsAt(), event.zone()).toString());
    model.addAttribute("lastDay", LocalDate.ofInstant(event.endsAt(), event.zone()).toString());
    return "events/admin-session";
  }
}
