package org.safeports.events;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeports.identity.AccountDirectory;
import org.safeports.identity.Contact;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.safeports.platform.web.CsvExport;
import org.safeports.platform.web.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's side of registration: an event's extra questions, and its registrants (filter
 * by status, CSV, approve, refuse, mark attendance, write to all or a group).
 */
@Controller
@RequestMapping("/admin/events/{eventId}")
class EventRegistrantsController {

  static final int MAX_MESSAGE = 4000;

  private final RegistrationEvents events;
  private final EventRegistrations registrations;
  private final RegistrationRecords records;
  private final RegistrantActions actions;
  private final RegistrationQuestions questions;
  private final AccountDirectory accounts;
  private final AuditLog audit;

  EventRegistrantsController(
      RegistrationEvents events,
      EventRegistrations registrations,
      RegistrationRecords records,
      RegistrantActions actions,
      RegistrationQuestions questions,
      AccountDirectory accounts,
      AuditLog audit) {
    this.events = events;
    this.registrations = registrations;
    this.records = records;
    this.actions = actions;
    this.questions = questions;
    this.accounts = accounts;
    this.audit = audit;
  }

  /** One registrant as the table shows them. */
  record Row(
      long id,
      String name,
      String email,
      RegistrationStatus status,
      boolean listed,
      Boolean attended,
      java.time.Instant registeredAt,
      Map<String, String> answers) {}

  private Event event(long eventId) {
    return events.existing(eventId);
  }

  private static RegistrationStatus status(String value) {
    for (RegistrationStatus s : RegistrationStatus.values()) {
      if (s.name().equals(value)) {
        return s;
      }
    }
    return null;
  }

  private List<Row> rows(long eventId, RegistrationStatus status) {
    List<Row> rows = new ArrayList<>();
    for (RegistrationRecords.Registration r : records.ofEvent(eventId, status)) {
      Contact c = accounts.contact(r.accountId()).orElse(null);
      rows.add(
          new Row(
              r.id(),
              c == null ? "—" : c.displayName(),
              c == null ? "—" : c.email(),
              r.status(),
              r.listed(),
              r.attended(),
              r.registeredAt(),
              r.answers()));
    }
    return rows;
  }

  @GetMapping("/registrants")
  String registrants(
      @PathVariable long eventId,
      @RequestParam(required = false) String status,
      Model model,
      Locale locale) {
    Event event = event(eventId);
    RegistrationStatus chosen = status(status);
    model.addAttribute("eventTitle", event.title(Language.of(locale).code()));
    model.addAttribute("eventId", eventId);
    model.addAttribute("statuses", RegistrationStatus.values());
    model.addAttribute("chosen", chosen == null ? "" : chosen.name());
    model.addAttribute("rows", rows(eventId, chosen));
    model.addAttribute("questions", questions.of(eventId));
    model.addAttribute("capacity", event.capacity());
    model.addAttribute("confirmedCount", records.confirmedCount(eventId));
    model.addAttribute(
        "started",
        event.past(java.time.Instant.now()) || event.startsAt().isBefore(java.time.Instant.now()));
    return "events/registrants";
  }

  @GetMapping("/registrants.csv")
  void csv(
      @PathVariable long eventId,
      @RequestParam(required = false) String status,
      HttpServletResponse response)
      throws IOException {
    event(eventId);
    List<RegistrationQuestions.Question> asked = questions.of(eventId);
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"registrants-" + eventId + ".csv\"");
    List<String> head =
        new ArrayList<>(List.of("name", "email", "status", "registered_at", "listed", "attended"));
    asked.forEach(q -> head.add(q.key().name().toLowerCase(Locale.ROOT)));
    try (CsvExport csv = new CsvExport(response.getOutputStream(), head)) {
      for (Row r : rows(eventId, status(status))) {
        List<String> cells =
            new ArrayList<>(
                List.of(
                    r.name(),
                    r.email(),
                    r.status().name(),
                    r.registeredAt().toString(),
                    String.valueOf(r.listed()),
                    r.attended() == null ? "" : String.valueOf(r.attended())));
        asked.forEach(q -> cells.add(r.answers().getOrDefault(q.key().name(), "")));
        csv.row(cells);
      }
    }
  }

  /**
   * A CSV line; a cell a spreadsheet would read as a formula is quoted with a leading apostrophe.
   */
  @PostMapping("/registrants/{registrationId}/approve")
  String approve(
      @PathVariable long eventId, @PathVariable long registrationId, RedirectAttributes redirect) {
    event(eventId);
    note(redirect, registrations.approve(eventId, registrationId), "events.registrants.approved");
    return "redirect:/admin/events/" + eventId + "/registrants";
  }

  @PostMapping("/registrants/{registrationId}/refuse")
  String refuse(
      @PathVariable long eventId, @PathVariable long registrationId, RedirectAttributes redirect) {
    event(eventId);
    note(redirect, registrations.refuse(eventId, registrationId), "events.registrants.refused");
    return "redirect:/admin/events/" + eventId + "/registrants";
  }

  @PostMapping("/registrants/attendance")
  String attendance(
      @PathVariable long eventId,
      @RequestParam(name = "attended", required = false) List<Long> attended,
      RedirectAttributes redirect) {
    event(eventId);
    note(
        redirect,
        actions.attendance(eventId, attended == null ? List.of() : attended),
        "events.registrants.attendanceSaved");
    return "redirect:/admin/events/" + eventId + "/registrants?status=CONFIRMED";
  }

  @PostMapping("/registrants/message")
  String message(
      @PathVariable long eventId,
      @RequestParam(required = false) String group,
      @RequestParam(required = false) String text,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    String body = text == null ? "" : text.strip();
    String error =
        body.isEmpty()
            ? "events.registrants.message.required"
            : body.length() > MAX_MESSAGE ? "events.registrants.message.tooLong" : null;
    if (error != null) {
      String shown = registrants(eventId, null, model, locale);
      model.addAttribute("messageText", text);
      model.addAttribute("messageGroup", group);
      model.addAttribute("messageError", error);
      return shown;
    }
    event(eventId);
    int sent = actions.message(eventId, status(group), body);
    redirect.addFlashAttribute("messaged", sent);
    return "redirect:/admin/events/" + eventId + "/registrants";
  }

  private static void note(
      RedirectAttributes redirect, EventRegistrations.Outcome outcome, String done) {
    redirect.addFlashAttribute("note", outcome.refusal() == null ? done : outcome.refusal());
  }

  @GetMapping("/form")
  String form(@PathVariable long eventId, Model model, Locale locale) {
    Event event = event(eventId);
    Map<String, RegistrationQuestions.Question> asked = new LinkedHashMap<>();
    questions.of(eventId).forEach(q -> asked.put(q.key().name(), q));
    model.addAttribute("eventTitle", event.title(Language.of(locale).code()));
    model.addAttribute("eventId", eventId);
    model.addAttribute("keys", RegistrationQuestions.Key.values());
    model.addAttribute("asked", asked);
    model.addAttribute("formErrors", Map.of());
    return "events/form";
  }

  @PostMapping("/form")
  String saveForm(
      @PathVariable long eventId,
      @RequestParam Map<String, String> params,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Event event = event(eventId);
    Map<String, RegistrationQuestions.Question> asked = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    for (RegistrationQuestions.Key key : RegistrationQuestions.Key.values()) {
      if (!"true".equals(params.get("ask" + key.name()))) {
        continue;
      }
      String condition = params.getOrDefault("showIf" + key.name(), "");
      RegistrationQuestions.Key showIf = null;
      for (RegistrationQuestions.Key other : RegistrationQuestions.Key.values()) {
        if (other.name().equals(condition)) {
          showIf = other;
        }
      }
      if (!condition.isEmpty() && (showIf == null || showIf == key)) {
        errors.put("showIf" + key.name(), "events.registrants.form.badCondition");
      }
      asked.put(
          key.name(),
          new RegistrationQuestions.Question(
              key, "true".equals(params.get("required" + key.name())), showIf));
    }
    for (RegistrationQuestions.Question q : asked.values()) {
      if (q.showIf() != null && !asked.containsKey(q.showIf().name())) {
        errors.put("showIf" + q.key().name(), "events.registrants.form.conditionNotAsked");
      }
    }
    if (!errors.isEmpty()) {
      model.addAttribute("eventTitle", event.title(Language.of(locale).code()));
      model.addAttribute("eventId", eventId);
      model.addAttribute("keys", RegistrationQuestions.Key.values());
      model.addAttribute("asked", asked);
      model.addAttribute("formErrors", errors);
      return "events/form";
    }
    questions.save(eventId, new ArrayList<>(asked.values()));
    audit.record(
        AuditEntry.of(AuditAction.EVENT_FORM_SAVED, eventId)
            .detail(AuditEntry.fields("questions", String.join(",", asked.keySet()))));
    redirect.addFlashAttribute("note", "events.registrants.form.saved");
    return "redirect:/admin/events/" + eventId + "/form";
  }
}
