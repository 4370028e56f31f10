package org.safeports.voices;

import jakarta.validation.Valid;
import java.util.Locale;
import org.safeports.identity.PortalUser;
import org.safeports.membership.MemberStates;
import org.safeports.platform.text.MarkdownRenderer;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An author's own pieces: write, save, submit, answer a request for changes, withdraw. */
@Controller
class MyPiecesController {

  private final VoicesService voices;
  private final PieceLeadImageEditing leadImages;
  private final MemberStates memberStates;
  private final MarkdownRenderer markdown;

  MyPiecesController(
      VoicesService voices,
      PieceLeadImageEditing leadImages,
      MemberStates memberStates,
      MarkdownRenderer markdown) {
    this.voices = voices;
    this.leadImages = leadImages;
    this.memberStates = memberStates;
    this.markdown = markdown;
  }

  @GetMapping("/voices/mine")
  String mine(@AuthenticationPrincipal PortalUser user, Model model) {
    model.addAttribute(
        "pieces",
        voices.piecesOf(user.accountId()).stream().map(p -> PieceView.of(p, null)).toList());
    return "voices/mine";
  }

  @GetMapping("/voices/write")
  String write(@AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
    model.addAttribute(
        "form",
        new PieceForm(
            null,
            null,
            null,
            null,
            Language.of(locale).code(),
            user.countryCode(),
            user.displayName(),
            null,
            null,
            null,
            null));
    return formPage(model, locale, null);
  }

  @PostMapping("/voices/write")
  String create(
      @AuthenticationPrincipal PortalUser user,
      @Valid @ModelAttribute("form") PieceForm form,
      BindingResult result,
      @RequestParam(defaultValue = "save") String intent,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    check(form, result);
    if (intent.equals("preview") || result.hasErrors()) {
      // A text over the limit gets its message, not a rendering of all of it.
      if (intent.equals("preview") && !result.hasFieldErrors("body")) {
        model.addAttribute("preview", markdown.render(form.body()).html());
      }
      return formPage(model, locale, null);
    }
    long id = voices.create(user.accountId(), form, user.displayName());
    if (intent.equals("submit")) {
      voices.actAsAuthor(id, user.accountId(), PieceStatus.Action.SUBMIT, user.displayName());
      redirect.addFlashAttribute("notice", "voices.submitted");
    } else {
      redirect.addFlashAttribute("notice", "voices.saved");
    }
    return "redirect:/voices/mine/" + id;
  }

  @GetMapping("/voices/mine/{id}")
  String piece(
      @AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model, Locale locale) {
    Piece piece = voices.ownPiece(id, user.accountId());
    model.addAttribute(
        "form",
        new PieceForm(
            piece.title(),
            piece.summary(),
            piece.bodyMarkdown(),
            piece.topic(),
            piece.language(),
            piece.countryCode(),
            piece.authorName(),
            piece.authorPosition(),
            piece.authorOrganisation(),
            piece.authorBio(),
            piece.version()));
    return formPage(model, locale, piece);
  }

  @PostMapping("/voices/mine/{id}")
  String save(
      @AuthenticationPrincipal PortalUser user,
      @PathVariable long id,
      @Valid @ModelAttribute("form") PieceForm form,
      BindingResult result,
      @RequestParam(defaultValue = "save") String intent,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Piece piece = voices.ownPiece(id, user.accountId());
    check(form, result);
    if (intent.equals("preview") || result.hasErrors()) {
      // A text over the limit gets its message, not a rendering of all of it.
      if (intent.equals("preview") && !result.hasFieldErrors("body")) {
        model.addAttribute("preview", markdown.render(form.body()).html());
      }
      return formPage(model, locale, piece);
    }
    if (!FormErrors.accepted(result, () -> voices.saveByAuthor(id, user.accountId(), form))) {
      model.addAttribute(
          "conflict", FormErrors.refusedWith(result, ConcurrentPieceEditException.CODE));
      return formPage(model, locale, piece);
    }
    if (intent.equals("submit")) {
      voices.actAsAuthor(id, user.accountId(), PieceStatus.Action.SUBMIT, user.displayName());
      redirect.addFlashAttribute("notice", "voices.submitted");
    } else {
      redirect.addFlashAttribute("notice", "voices.saved");
    }
    return "redirect:/voices/mine/" + id;
  }

  @PostMapping("/voices/mine/{id}/withdraw")
  String withdraw(
      @AuthenticationPrincipal PortalUser user,
      @PathVariable long id,
      RedirectAttributes redirect) {
    voices.actAsAuthor(id, user.accountId(), PieceStatus.Action.WITHDRAW, user.displayName());
    redirect.addFlashAttribute("notice", "voices.withdrawn");
    return "redirect:/voices/mine/" + id;
  }

  @PostMapping("/voices/mine/{id}/images")
  String upload(
      @AuthenticationPrincipal PortalUser user,
      @PathVariable long id,
      @RequestParam(defaultValue = "PIECE") PieceImage.Kind kind,
      @RequestParam(name = "image", required = false) MultipartFile file,
      RedirectAttributes redirect) {
    voices.uploadImage(id, user.accountId(), kind, file);
    redirect.addFlashAttribute("notice", "voices.image.uploaded");
    return "redirect:/voices/mine/" + id;
  }

  private void check(PieceForm form, BindingResult result) {
    if (form.topic() != null && !VoicesTopics.ALL.contains(form.topic())) {
      FormErrors.reject(result, "topic", "voices.form.topic.required");
    }
    if (form.language() != null
        && Language.fromCode(form.language())
            .filter(l -> l.code().equals(form.language()))
            .isEmpty()) {
      FormErrors.reject(result, "language", "voices.form.language.required");
    }
    if (form.country() != null && !memberStates.isOasState(form.country())) {
      FormErrors.reject(result, "country", "identity.country.unknown");
    }
  }

  private String formPage(Model model, Locale locale, Piece piece) {
    model.addAttribute("piece", piece == null ? null : PieceView.of(piece, null));
    model.addAttribute(
        "editable",
        piece == null || piece.status().allows(PieceStatus.Actor.AUTHOR, PieceStatus.Action.EDIT));
    model.addAttribute(
        "canWithdraw",
        piece != null
            && piece.status().allows(PieceStatus.Actor.AUTHOR, PieceStatus.Action.WITHDRAW));
    model.addAttribute("steps", piece == null ? java.util.List.of() : voices.steps(piece.id()));
    model.addAttribute(
        "hasImage", piece != null && voices.hasImage(piece.id(), PieceImage.Kind.PIECE));
    model.addAttribute(
        "hasPhoto", piece != null && voices.hasImage(piece.id(), PieceImage.Kind.PHOTO));
    PieceLeadImages.Editing lead = piece == null ? null : leadImages.forEditing(piece.id());
    model.addAttribute("leadImage", lead);
    leadImages.addForm(model, lead);
    model.addAttribute(
        "diff",
        piece == null || piece.textBeforeEdit() == null
            ? null
            : VoicesDiff.rows(
                piece.textBeforeEdit(),
                piece.title() + "\n\n" + piece.summary() + "\n\n" + piece.bodyMarkdown()));
    model.addAttribute("topics", VoicesTopics.ALL);
    model.addAttribute("countries", memberStates.oasStates(locale));
    model.addAttribute("languages", Language.all());
    return "voices/write";
  }
}
