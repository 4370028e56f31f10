package org.safeports.events;

import java.util.Locale;
import java.util.Map;
import org.safeports.platform.web.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The editors' screen of an event's library documents: search, attach, order, remove. */
@Controller
@RequestMapping("/admin/events/{id}/documents")
class EventDocumentsController {

  private final EventEditing editing;
  private final EventDocuments documents;

  EventDocumentsController(EventEditing editing, EventDocuments documents) {
    this.editing = editing;
    this.documents = documents;
  }

  @GetMapping
  String page(
      @PathVariable long id, @RequestParam(required = false) String q, Model model, Locale locale) {
    return page(id, q, Map.of(), model, locale);
  }

  @PostMapping
  String attach(
      @PathVariable long id,
      @RequestParam(required = false) Long documentId,
      @RequestParam(required = false) String role,
      @RequestParam(required = false) String q,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    String refusal = documents.attach(id, documentId, role, locale);
    if (refusal != null) {
      // The choices are buttons and hidden fields: a refusal is told above the search field.
      return page(id, q, Map.of("q", refusal), model, locale);
    }
    redirect.addFlashAttribute("notice", "events.documents.attached");
    return back(id, q);
  }

  @PostMapping("/{documentId}/up")
  String up(
      @PathVariable long id,
      @PathVariable long documentId,
      @RequestParam(required = false) String q,
      RedirectAttributes redirect) {
    documents.move(id, documentId, true);
    redirect.addFlashAttribute("notice", "events.documents.moved");
    return back(id, q);
  }

  @PostMapping("/{documentId}/down")
  String down(
      @PathVariable long id,
      @PathVariable long documentId,
      @RequestParam(required = false) String q,
      RedirectAttributes redirect) {
    documents.move(id, documentId, false);
    redirect.addFlashAttribute("notice", "events.documents.moved");
    return back(id, q);
  }

  @PostMapping("/{documentId}/remove")
  String remove(
      @PathVariable long id,
      @PathVariable long documentId,
      @RequestParam(required = false) String q,
      RedirectAttributes redirect) {
    documents.remove(id, documentId);
    redirect.addFlashAttribute("notice", "events.documents.removed");
    return back(id, q);
  }

  private String page(long id, String q, Map<String, String> errors, Model model, Locale locale) {
    Event event = editing.get(id);
    String words = q == null ? "" : q.strip();
    model.addAttribute("eventId", id);
    model.addAttribute("eventTitle", event.title(Language.of(locale).code()));
    model.addAttribute("eventAudience", event.audience().name());
    model.addAttribute("words", words);
    model.addAttribute("attached", documents.attached(id, locale));
    model.addAttribute("found", documents.find(id, words, locale));
    model.addAttribute("roles", EventDocuments.ROLES);
    model.addAttribute("problems", errors);
    return "events/admin-documents";
  }

  private static String back(long id, String q) {
    UriComponentsBuilder to = UriComponentsBuilder.fromPath("/admin/events/{id}/documents");
    if (q != null && !q.isBlank()) {
      to.queryParam("q", q.strip());
    }
    return "redirect:" + to.buildAndExpand(id).encode().toUriString();
  }
}
