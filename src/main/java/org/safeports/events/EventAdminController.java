package org.safeports.events;

import jakarta.validation.Valid;
import org.safeports.identity.PortalUser;
import org.safeports.membership.MemberStates;
import org.safeports.platform.web.FormErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's events screens. */
@Controller
class EventAdminController {

  private final EventEditing editing;
  private final EventHostCountries hosts;
  private final MemberStates states;

  EventAdminController(EventEditing editing, EventHostCountries hosts, MemberStates states) {
    this.editing = editing;
    this.hosts = hosts;
    this.states = states;
  }

  @GetMapping("/admin/events")
  String list(Model model) {
    model.addAttribute("events", editing.all());
    return "events/admin-list";
  }

  @GetMapping("/admin/events/new")
  String fresh(Model model) {
    model.addAttribute("form", new EventForm());
    return formPage(model, null);
  }

  @PostMapping("/admin/events/new")
  String create(
      @AuthenticationPrincipal PortalUser user,
      @Valid @ModelAttribute("form") EventForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return formPage(model, null);
    }
    var id = FormErrors.accepted(result, () -> editing.create(form, user.accountId()));
    if (id.isEmpty()) {
      return formPage(model, null);
    }
    redirect.addFlashAttribute("notice", "events.admin.created");
    return "redirect:/admin/events/" + id.get();
  }

  @GetMapping("/admin/events/{id}")
  String edit(@PathVariable long id, Model model) {
    Event event = editing.get(id);
    EventForm form = EventEditing.form(event);
    form.setHostCountry(hosts.of(id).orElse(null));
    model.addAttribute("form", form);
    return formPage(model, event);
  }

  @PostMapping("/admin/events/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") EventForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Event event = editing.get(id);
    if (result.hasErrors() || !FormErrors.accepted(result, () -> editing.update(id, form))) {
      return formPage(model, event);
    }
    redirect.addFlashAttribute("notice", "events.admin.saved");
    return "redirect:/admin/events/" + id;
  }

  @GetMapping("/admin/events/{id}/texts/{language}")
  String text(@PathVariable long id, @PathVariable String language, Model model) {
    Event event = editing.get(id);
    EventTextForm form = new EventTextForm();
    EventText text = event.texts().get(language);
    if (text != null) {
      form.setTitle(text.title());
      form.setSummary(text.summary());
      form.setDescription(text.description());
    }
    model.addAttribute("form", form);
    return textPage(model, event, language);
  }

  @PostMapping("/admin/events/{id}/texts/{language}")
  String saveText(
      @PathVariable long id,
      @PathVariable String language,
      @Valid @ModelAttribute("form") EventTextForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Event event = editing.get(id);
    if (result.hasErrors()
        || !FormErrors.accepted(result, () -> editing.saveText(id, language, form))) {
      return textPage(model, event, language);
    }
    redirect.addFlashAttribute("notice", "events.admin.saved");
    return "redirect:/admin/events/" + id;
  }

  @PostMapping("/admin/events/{id}/publish")
  String publish(@PathVariable long id, RedirectAttributes redirect) {
    editing.publish(id);
    redirect.addFlashAttribute("notice", "events.admin.published");
    return "redirect:/admin/events/" + id;
  }

  @PostMapping("/admin/events/{id}/unpublish")
  String unpublish(@PathVariable long id, RedirectAttributes redirect) {
    editing.unpublish(id);
    redirect.addFlashAttribute("notice", "events.admin.unpublished");
    return "redirect:/admin/events/" + id;
  }

  @PostMapping("/admin/events/{id}/cancel")
  String cancel(@PathVariable long id, RedirectAttributes redirect) {
    Event event = editing.get(id);
    if (event.status() == EventStatus.DRAFT) {
      redirect.addFlashAttribute("notice", "events.admin.cancelDraft");
      return "redirect:/admin/events/" + id;
    }
    editing.cancel(id);
    redirect.addFlashAttribute("notice", "events.admin.cancelled");
    return "redirect:/admin/events/" + id;
  }

  @PostMapping("/admin/events/{id}/duplicate")
  String duplicate(
      @PathVariable long id,
      @AuthenticationPrincipal PortalUser user,
      RedirectAttributes redirect) {
    long copy = editing.duplicate(id, user.accountId());
    redirect.addFlashAttribute("notice", "events.admin.duplicated");
    return "redirect:/admin/events/" + copy;
  }

  /** What the screens show of the event being edited. */
  record Head(
      long id,
      String slug,
      String title,
      String status,
      String original,
      java.util.List<Lang> texts) {}

  record Lang(String code, boolean present, boolean stale) {}

  static Head head(Event e) {
    return new Head(
        e.id(),
        e.slug(),
        e.title(e.originalLanguage()),
        e.status().name(),
        e.originalLanguage(),
        EventEditing.LANGUAGES.stream()
            .map(
                l ->
                    new Lang(
                        l,
                        e.texts().containsKey(l),
                        e.texts().containsKey(l) && e.texts().get(l).stale()))
            .toList());
  }

  private String formPage(Model model, Event event) {
    model.addAttribute("event", event == null ? null : head(event));
    model.addAttribute("kinds", EventKind.values());
    model.addAttribute("audiences", EventAudience.values());
    model.addAttribute("modes", RegistrationMode.values());
    model.addAttribute("listings", ParticipantListing.values());
    model.addAttribute("languages", EventEditing.LANGUAGES);
    model.addAttribute("zoneChoices", VisitorZones.choices());
    model.addAttribute("hostCountries", states.oasStates(LocaleContextHolder.getLocale()));
    return "events/admin-edit";
  }

  private String textPage(Model model, Event event, String language) {
    if (!EventEditing.LANGUAGES.contains(language)) {
      throw new org.safeports.platform.NotFoundException();
    }
    model.addAttribute("event", head(event));
    model.addAttribute("language", language);
    EventText text = event.texts().get(language);
    model.addAttribute("stale", text != null && text.stale());
    EventText original = event.texts().get(event.originalLanguage());
    model.addAttribute("originalTitle", original == null ? "" : original.title());
    return "events/admin-text";
  }
}
