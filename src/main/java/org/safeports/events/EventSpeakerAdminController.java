package org.safeports.events;

import jakarta.validation.Valid;
import java.util.Locale;
import org.safeports.platform.media.WebImages;
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
 * The editors' speakers of an event: the list with how each bio's translations stand, and the
 * screens that add, change (with a photo) and delete a speaker.
 */
@Controller
class EventSpeakerAdminController {

  private final AgendaSessions sessions;
  private final SpeakerEditing speakers;
  private final AgendaAdminReading reading;

  EventSpeakerAdminController(
      AgendaSessions sessions, SpeakerEditing speakers, AgendaAdminReading reading) {
    this.sessions = sessions;
    this.speakers = speakers;
    this.reading = reading;
  }

  @GetMapping("/admin/events/{id}/speakers")
  String list(@PathVariable long id, Locale locale, Model model) {
    Event event = sessions.event(id);
    model.addAttribute("event", EventAdminController.head(event));
    model.addAttribute("speakers", reading.speakers(event, locale));
    return "events/admin-speakers";
  }

  @GetMapping("/admin/events/{id}/speakers/new")
  String fresh(@PathVariable long id, Locale locale, Model model) {
    model.addAttribute("form", new SpeakerForm());
    return speakerPage(model, id, null, locale);
  }

  @PostMapping("/admin/events/{id}/speakers/new")
  String add(
      @PathVariable long id,
      @Valid @ModelAttribute("form") SpeakerForm form,
      BindingResult result,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return speakerPage(model, id, null, locale);
    }
    var added = FormErrors.accepted(result, () -> speakers.add(id, form, form.getPhoto()));
    if (added.isEmpty()) {
      return speakerPage(model, id, null, locale);
    }
    redirect.addFlashAttribute("notice", "events.speakers.admin.added");
    return "redirect:/admin/events/" + id + "/speakers#speaker-" + added.get();
  }

  @GetMapping("/admin/events/{id}/speakers/{speakerId}")
  String edit(@PathVariable long id, @PathVariable long speakerId, Locale locale, Model model) {
    model.addAttribute("form", speakers.form(id, speakerId));
    return speakerPage(model, id, speakerId, locale);
  }

  @PostMapping("/admin/events/{id}/speakers/{speakerId}")
  String change(
      @PathVariable long id,
      @PathVariable long speakerId,
      @Valid @ModelAttribute("form") SpeakerForm form,
      BindingResult result,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    speakers.row(id, speakerId);
    if (result.hasErrors()
        || !FormErrors.accepted(
            result, () -> speakers.change(id, speakerId, form, form.getPhoto()))) {
      return speakerPage(model, id, speakerId, locale);
    }
    redirect.addFlashAttribute("notice", "events.agenda.admin.saved");
    return "redirect:/admin/events/" + id + "/speakers#speaker-" + speakerId;
  }

  @PostMapping("/admin/events/{id}/speakers/{speakerId}/delete")
  String delete(@PathVariable long id, @PathVariable long speakerId, RedirectAttributes redirect) {
    speakers.delete(id, speakerId);
    redirect.addFlashAttribute("notice", "events.speakers.admin.deleted");
    return "redirect:/admin/events/" + id + "/speakers";
  }

  private String speakerPage(Model model, long eventId, Long speakerId, Locale locale) {
    Event event = sessions.event(eventId);
    model.addAttribute("event", EventAdminController.head(event));
    model.addAttribute("speakerId", speakerId);
    if (speakerId != null) {
      model.addAttribute("states", reading.states(AgendaPart.SPEAKER, event, speakerId));
    }
    model.addAttribute("hasPhoto", speakerId != null && speakers.row(eventId, speakerId).photo());
    model.addAttribute("countries", SpeakerCountries.in(locale));
    model.addAttribute("photoMaxBytes", WebImages.MAX_BYTES);
    return "events/admin-speaker";
  }
}
