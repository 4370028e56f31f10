package org.safeports.content;

import jakarta.validation.Valid;
import org.safeports.identity.PortalUser;
import org.safeports.platform.NotFoundException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An item's text in one of the other languages, beside its original. */
@Controller
@RequestMapping("/admin/content/{id}/translations/{lang}")
class ContentTranslationController {

  private final ContentEditing editing;
  private final ContentEditorViews views;
  private final ContentAdminQueries adminQueries;
  private final MarkdownRenderer markdown;

  ContentTranslationController(
      ContentEditing editing,
      ContentEditorViews views,
      ContentAdminQueries adminQueries,
      MarkdownRenderer markdown) {
    this.editing = editing;
    this.views = views;
    this.adminQueries = adminQueries;
    this.markdown = markdown;
  }

  @GetMapping
  String editTranslation(@PathVariable long id, @PathVariable String lang, Model model) {
    checkTranslationLanguage(id, lang);
    model.addAttribute("form", views.translationForm(id, lang));
    return translationPage(id, lang, model, null);
  }

  @PostMapping
  String saveTranslation(
      @PathVariable long id,
      @PathVariable String lang,
      @Valid @ModelAttribute("form") ContentForm form,
      BindingResult result,
      @RequestParam(required = false) String preview,
      @AuthenticationPrincipal PortalUser editor,
      Model model,
      RedirectAttributes redirect) {
    checkTranslationLanguage(id, lang);
    if (preview != null || result.hasErrors()) {
      if (preview != null && !result.hasFieldErrors("body")) {
        model.addAttribute("preview", markdown.render(form.body()).html());
      }
      return translationPage(id, lang, model, result);
    }
    if (!FormErrors.accepted(result, () -> editing.save(id, lang, form, editor.displayName()))) {
      return translationPage(id, lang, model, result);
    }
    redirect.addFlashAttribute("notice", "content.saved");
    return "redirect:/admin/content/" + id + "/translations/" + lang;
  }

  @PostMapping("/status")
  String translationStatus(
      @PathVariable long id,
      @PathVariable String lang,
      @RequestParam ContentTranslation.Status status,
      RedirectAttributes redirect) {
    checkTranslationLanguage(id, lang);
    editing.setTranslationStatus(id, lang, status);
    redirect.addFlashAttribute("notice", "content.translation.status.done");
    return "redirect:/admin/content/" + id + "/translations/" + lang;
  }

  private String translationPage(long id, String lang, Model model, BindingResult result) {
    var screen = views.translationScreen(id, lang);
    model.addAttribute("item", adminQueries.row(id));
    model.addAttribute("language", lang);
    model.addAttribute("original", screen.original());
    model.addAttribute("translation", screen.translation());
    model.addAttribute("stale", screen.stale());
    model.addAttribute(
        "conflict", result != null && FormErrors.refusedWith(result, ConcurrentEditException.CODE));
    model.addAttribute("statuses", ContentTranslation.Status.values());
    return "content/admin-translation";
  }

  /** Only the portal's other languages have a translation screen: not the original's. */
  private void checkTranslationLanguage(long id, String lang) {
    if (Language.fromCode(lang).filter(l -> l.code().equals(lang)).isEmpty()
        || lang.equals(views.facts(id).originalLanguage())) {
      throw new NotFoundException();
    }
  }
}
