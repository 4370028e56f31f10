package org.safeports.events;

import jakarta.validation.Valid;
import org.safeports.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editors' talks: added to a session of the event, changed, deleted. */
@Controller
class EventTalkAdminController {

  private final AgendaSessions sessions;
  private final AgendaTalks talks;
  private final SpeakerEditing speakers;
  private final AgendaAdminReading reading;

  EventTalkAdminController(
      AgendaSessions sessions,
      AgendaTalks talks,
      SpeakerEditing speakers,
      AgendaAdminReading reading) {
    this.sessions = sessions;
    this.talks = talks;
    this.speakers = speakers;
    this.reading = reading;
  }

  @GetMapping("/admin/events/{id}/agenda/sessions/{sessionId}/talks/new")
  String fresh(@PathVariable long id, @PathVariable long sessionId, Model model) {
    sessions.row(id, sessionId);
    model.addAttribute("form", new TalkForm());
    return talkPage(model, id, sessionId, null);
  }

  @PostMapping("/admin/events/{id}/agenda/sessions/{sessionId}/talks/new")
  String add(
      @PathVariable long id,
      @PathVariable long sessionId,
      @Valid @ModelAttribute("form") TalkForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    sessions.row(id, sessionId);
    if (result.hasErrors()) {
      return talkPage(model, id, sessionId, null);
    }
    var added = FormErrors.accepted(result, () -> talks.add(id, sessionId, form));
    if (added.isEmpty()) {
      return talkPage(model, id, sessionId, null);
    }
    redirect.addFlashAttribute("notice", "events.agenda.admin.talkAdded");
    return "redirect:/admin/events/" + id + "/agenda#talk-" + added.get();
  }

  @GetMapping("/admin/events/{id}/agenda/talks/{talkId}")
  String edit(@PathVariable long id, @PathVariable long talkId, Model model) {
    AgendaTalks.Row row = talks.row(id, talkId);
    model.addAttribute("form", talks.form(id, talkId));
    return talkPage(model, id, row.sessionId(), talkId);
  }

  @PostMapping("/admin/events/{id}/agenda/talks/{talkId}")
  String change(
      @PathVariable long id,
      @PathVariable long talkId,
      @Valid @ModelAttribute("form") TalkForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    AgendaTalks.Row row = talks.row(id, talkId);
    if (result.hasErrors() || !FormErrors.accepted(result, () -> talks.change(id, talkId, form))) {
      return talkPage(model, id, row.sessionId(), talkId);
    }
    redirect.addFlashAttribute("notice", "events.agenda.admin.saved");
    return "redirect:/admin/events/" + id + "/agenda#talk-" + talkId;
  }

  @PostMapping("/admin/events/{id}/agenda/talks/{talkId}/delete")
  String delete(@PathVariable long id, @PathVariable long talkId, RedirectAttributes redirect) {
    talks.delete(id, talkId);
    redirect.addFlashAttribute("notice", "events.agenda.admin.talkDeleted");
    return "redirect:/admin/events/" + id + "/agenda";
  }

  private String talkPage(Model model, long eventId, long sessionId, Long talkId) {
    Event event = sessions.event(eventId);
    AgendaSessions.Row session = sessions.row(eventId, sessionId);
    java.time.ZonedDateTime start = session.startsAt().atZone(event.zone());
    java.time.ZonedDateTime end = session.endsAt().atZone(event.zone());
    model.addAttribute("event", EventAdminController.head(event));
    model.addAttribute("sessionId", sessionId);
    model.addAttribute("talkId", talkId);
    if (talkId != null) {
      model.addAttribute("states", reading.states(AgendaPart.TALK, event, talkId));
    }
    model.addAttribute("sessionStart", start.toLocalTime().toString());
    model.addAttribute("sessionEnd", end.toLocalTime().toString());
    model.addAttribute("eventZone", event.zone().getId());
    model.addAttribute("speakerChoices", speakers.choices(eventId));
    return "events/admin-talk";
  }
}
