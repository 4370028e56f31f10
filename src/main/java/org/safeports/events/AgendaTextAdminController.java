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

/**
 * The texts of a session, talk or speaker in one language, like the event's own texts screen: the
 * original beside, a notice when the original changed since the translation.
 */
@Controller
class AgendaTextAdminController {

  private final AgendaSessions sessions;
  private final AgendaTextEditing editing;

  AgendaTextAdminController(AgendaSessions sessions, AgendaTextEditing editing) {
    this.sessions = sessions;
    this.editing = editing;
  }

  @GetMapping("/admin/events/{id}/agenda/sessions/{sessionId}/texts/{language}")
  String session(
      @PathVariable long id, @PathVariable long sessionId, @PathVariable String language, Model m) {
    return show(AgendaPart.SESSION, id, sessionId, language, m);
  }

  @PostMapping("/admin/events/{id}/agenda/sessions/{sessionId}/texts/{language}")
  String saveSession(
      @PathVariable long id,
      @PathVariable long sessionId,
      @PathVariable String language,
      @Valid @ModelAttribute("form") AgendaTextForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return save(AgendaPart.SESSION, id, sessionId, language, form, result, model, redirect);
  }

  @GetMapping("/admin/events/{id}/agenda/talks/{talkId}/texts/{language}")
  String talk(
      @PathVariable long id, @PathVariable long talkId, @PathVariable String language, Model m) {
    return show(AgendaPart.TALK, id, talkId, language, m);
  }

  @PostMapping("/admin/events/{id}/agenda/talks/{talkId}/texts/{language}")
  String saveTalk(
      @PathVariable long id,
      @PathVariable long talkId,
      @PathVariable String language,
      @Valid @ModelAttribute("form") AgendaTextForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return save(AgendaPart.TALK, id, talkId, language, form, result, model, redirect);
  }

  @GetMapping("/admin/events/{id}/speakers/{speakerId}/texts/{language}")
  String speaker(
      @PathVariable long id, @PathVariable long speakerId, @PathVariable String language, Model m) {
    return show(AgendaPart.SPEAKER, id, speakerId, language, m);
  }

  @PostMapping("/admin/events/{id}/speakers/{speakerId}/texts/{language}")
  String saveSpeaker(
      @PathVariable long id,
      @PathVariable long speakerId,
      @PathVariable String language,
      @Valid @ModelAttribute("form") AgendaTextForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return save(AgendaPart.SPEAKER, id, speakerId, language, form, result, model, redirect);
  }

  private String show(AgendaPart part, long eventId, long itemId, String language, Model model) {
    AgendaTextEditing.Screen screen = editing.screen(part, eventId, itemId, language);
    AgendaTextForm form = new AgendaTextForm();
    if (screen.current() != null) {
      form.setTitle(screen.current().title());
      form.setBody(screen.current().body());
    }
    model.addAttribute("form", form);
    return page(part, eventId, itemId, language, screen, model);
  }

  private String save(
      AgendaPart part,
      long eventId,
      long itemId,
      String language,
      AgendaTextForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    AgendaTextEditing.Screen screen = editing.screen(part, eventId, itemId, language);
    if (result.hasErrors()
        || !FormErrors.accepted(
            result, () -> editing.save(part, eventId, itemId, language, form))) {
      return page(part, eventId, itemId, language, screen, model);
    }
    redirect.addFlashAttribute("notice", "events.agenda.admin.saved");
    return part == AgendaPart.SPEAKER
        ? "redirect:/admin/events/" + eventId + "/speakers#speaker-" + itemId
        : "redirect:/admin/events/"
            + eventId
            + "/agenda#"
            + (part == AgendaPart.SESSION ? "session-" : "talk-")
            + itemId;
  }

  private String page(
      AgendaPart part,
      long eventId,
      long itemId,
      String language,
      AgendaTextEditing.Screen screen,
      Model model) {
    model.addAttribute("event", EventAdminController.head(sessions.event(eventId)));
    model.addAttribute("part", part.name().toLowerCase(java.util.Locale.ROOT));
    model.addAttribute("titled", part.titled());
    model.addAttribute("language", language);
    model.addAttribute("screen", screen);
    model.addAttribute(
        "textAction",
        switch (part) {
          case SESSION -> "/admin/events/" + eventId + "/agenda/sessions/" + itemId;
          case TALK -> "/admin/events/" + eventId + "/agenda/talks/" + itemId;
          case SPEAKER -> "/admin/events/" + eventId + "/speakers/" + itemId;
        });
    return "events/admin-agenda-text";
  }
}
