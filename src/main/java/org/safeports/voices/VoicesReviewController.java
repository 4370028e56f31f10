package org.safeports.voices;

import jakarta.validation.Valid;
import java.util.Locale;
import org.safeports.identity.PortalUser;
import org.safeports.membership.MemberStates;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.web.FormErrors;
import org.safeports.platform.web.Language;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's side: the review queue, reading and deciding, editing, translating,
 * participation.
 */
@Controller
@RequestMapping("/admin/voices")
class VoicesReviewController {

  private final VoicesService voices;
  private final PieceLeadImageEditing leadImages;
  private final PortVoicesDirectory directory;
  private final MemberStates memberStates;

  VoicesReviewController(
      VoicesService voices,
      PieceLeadImageEditing leadImages,
      PortVoicesDirectory directory,
      MemberStates memberStates) {
    this.voices = voices;
    this.leadImages = leadImages;
    this.directory = directory;
    this.memberStates = memberStates;
  }

  @GetMapping
  String queue(@RequestParam(required = false) PieceStatus status, Model model) {
    model.addAttribute("rows", status == null ? directory.queue() : directory.byStatus(status));
    model.addAttribute("status", status);
    model.addAttribute(
        "statuses",
        java.util.Arrays.stream(PieceStatus.values())
            .filter(PieceStatus::visibleToEditors)
            .toList());
    return "voices/admin-queue";
  }

  @GetMapping("/participation")
  String participation(Model model, Locale locale) {
    var counts = directory.participationThisYear();
    model.addAttribute(
        "rows",
        counts.entrySet().stream()
            .map(
                e ->
                    new ParticipationRow(
                        memberStates.name(e.getKey(), locale), e.getValue()[0], e.getValue()[1]))
            .toList());
    model.addAttribute("year", java.time.Year.now().getValue());
    return "voices/admin-participation";
  }

  record ParticipationRow(String country, long submitted, long published) {}

  @GetMapping("/{id}")
  String review(@PathVariable long id, Model model, Locale locale) {
    return reviewPage(voices.forEditors(id), model, locale);
  }

  /**
   * A decision on the piece. A missing message or one too long is shown next to its field, with
   * what was typed; a decision the piece's state does not allow is refused by the service.
   */
  @PostMapping("/{id}/review")
  String decide(
      @PathVariable long id,
      @Valid @ModelAttribute("decision") ReviewDecisionForm decision,
      BindingResult result,
      @AuthenticationPrincipal PortalUser editor,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Piece piece = voices.forEditors(id);
    if (result.hasErrors()) {
      return reviewPage(piece, model, locale);
    }
    voices.review(
        id, decision.action(), decision.comment(), decision.publishTime(), editor.displayName());
    redirect.addFlashAttribute("notice", "voices.review.done." + decision.action().name());
    return "redirect:/admin/voices/" + id;
  }

  /**
   * The editor's correction of the text. The screen shows one message above the three fields (they
   * are checked together, and a save made meanwhile by the author refuses all of them).
   */
  @PostMapping("/{id}/text")
  String edit(
      @PathVariable long id,
      @Valid @ModelAttribute("text") PieceTextForm text,
      BindingResult result,
      @RequestParam long version,
      @AuthenticationPrincipal PortalUser editor,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (result.hasErrors()
        || !FormErrors.accepted(
            result,
            () ->
                voices.editByEditor(
                    id,
                    text.title(),
                    text.summary(),
                    text.body(),
                    version,
                    editor.displayName()))) {
      model.addAttribute(
          "textError",
          FormErrors.refusedWith(result, ConcurrentPieceEditException.CODE)
              ? "voices.review.conflict"
              : "voices.review.textInvalid");
      model.addAttribute("editedTitle", text.title());
      model.addAttribute("editedSummary", text.summary());
      model.addAttribute("editedBody", text.body());
      return reviewPage(voices.forEditors(id), model, locale);
    }
    redirect.addFlashAttribute("notice", "voices.review.edited");
    return "redirect:/admin/voices/" + id;
  }

  @PostMapping("/{id}/translations/{lang}")
  String translate(
      @PathVariable long id,
      @PathVariable String lang,
      @Valid @ModelAttribute("text") PieceTextForm text,
      BindingResult result,
      @RequestParam(defaultValue = "false") boolean publish,
      RedirectAttributes redirect) {
    if (Language.fromCode(lang).filter(l -> l.code().equals(lang)).isEmpty()) {
      throw new NotFoundException();
    }
    if (result.hasErrors()) {
      redirect.addFlashAttribute("alert", "voices.review.textInvalid");
      return "redirect:/admin/voices/" + id + "#translations";
    }
    voices.translate(id, lang, text.title(), text.summary(), text.body(), publish);
    redirect.addFlashAttribute("notice", "voices.translation.saved");
    return "redirect:/admin/voices/" + id + "#translations";
  }

  private String reviewPage(Piece piece, Model model, Locale locale) {
    model.addAttribute("piece", PieceView.of(piece, null));
    model.addAttribute(
        "actions",
        piece.status().allowed(PieceStatus.Actor.EDITOR).stream()
            .filter(a -> a != PieceStatus.Action.EDIT)
            .toList());
    model.addAttribute(
        "canEdit", piece.status().allows(PieceStatus.Actor.EDITOR, PieceStatus.Action.EDIT));
    model.addAttribute("steps", voices.steps(piece.id()));
    if (!model.containsAttribute("decision")) {
      model.addAttribute("decision", ReviewDecisionForm.empty());
    }
    PieceLeadImages.Editing lead = leadImages.forEditing(piece.id());
    model.addAttribute("leadImage", lead);
    leadImages.addForm(model, lead);
    model.addAttribute("countryName", memberStates.name(piece.countryCode(), locale));
    model.addAttribute(
        "translations",
        voices.translationsOf(piece.id()).stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    PieceTranslation::language,
                    t ->
                        new TranslationView(
                            t.title(), t.summary(), t.bodyMarkdown(), t.published()))));
    model.addAttribute(
        "languages",
        Language.all().stream().filter(l -> !l.code().equals(piece.language())).toList());
    return "voices/admin-review";
  }

  record TranslationView(String title, String summary, String body, boolean published) {}
}
