package org.safeports.surveys;

import jakarta.validation.Valid;
import java.util.Locale;
import org.safeports.identity.PortalUser;
import org.safeports.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A results brief's summary in one of the other languages, beside the original. */
@Controller
@RequestMapping("/admin/surveys/{id}/brief/translations/{lang}")
class SurveyBriefTranslationController {

  private final SurveyBriefTranslations translations;
  private final SurveyResults results;

  SurveyBriefTranslationController(SurveyBriefTranslations translations, SurveyResults results) {
    this.translations = translations;
    this.results = results;
  }

  @GetMapping
  String edit(@PathVariable long id, @PathVariable String lang, Model model, Locale locale) {
    SurveyBriefTranslations.Screen screen = translations.screen(id, lang);
    model.addAttribute("form", translations.form(screen));
    return page(screen, lang, model, locale, false);
  }

  @PostMapping
  String save(
      @PathVariable long id,
      @PathVariable String lang,
      @Valid @ModelAttribute("form") BriefTranslationForm form,
      BindingResult result,
      @AuthenticationPrincipal PortalUser editor,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    SurveyBriefTranslations.Screen screen = translations.screen(id, lang);
    if (result.hasErrors()
        || !FormErrors.accepted(
            result, () -> translations.save(id, lang, form, editor.displayName()))) {
      boolean conflict = FormErrors.refusedWith(result, SurveyBriefTranslations.Conflict.CODE);
      if (conflict) {
        // What was typed stays in the form; saving again, knowingly, replaces the colleague's.
        form.setRevision(screen.translation() == null ? null : screen.translation().revision());
      }
      return page(screen, lang, model, locale, conflict);
    }
    redirect.addFlashAttribute("notice", "surveys.brief.translation.saved");
    return "redirect:/admin/surveys/" + id + "/brief/translations/" + lang;
  }

  private String page(
      SurveyBriefTranslations.Screen screen,
      String lang,
      Model model,
      Locale locale,
      boolean conflict) {
    model.addAttribute("survey", results.head(screen.survey().id(), locale));
    model.addAttribute("language", lang);
    model.addAttribute("screen", screen);
    model.addAttribute("conflict", conflict);
    return "surveys/brief-translation";
  }
}
