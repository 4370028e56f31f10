package org.safeports.surveys;

import jakarta.validation.Valid;
import java.util.Locale;
import org.safeports.platform.security.Viewer;
import org.safeports.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The results brief: the editor writes it in the survey's original language and publishes it,
 * members (or everyone) read it; its translations have their own screens.
 */
@Controller
class SurveyBriefController {

  private final SurveyBriefs briefs;
  private final SurveyBriefTranslations translations;
  private final SurveyResults results;

  SurveyBriefController(
      SurveyBriefs briefs, SurveyBriefTranslations translations, SurveyResults results) {
    this.briefs = briefs;
    this.translations = translations;
    this.results = results;
  }

  @GetMapping("/admin/surveys/{id}/brief")
  String edit(@PathVariable long id, Model model, Locale locale) {
    SurveyBriefs.Stored stored = briefs.stored(id);
    model.addAttribute("form", stored.form());
    return page(id, stored, model, locale);
  }

  @PostMapping("/admin/surveys/{id}/brief")
  String save(
      @PathVariable long id,
      @Valid @ModelAttribute("form") BriefForm form,
      BindingResult result,
      @RequestParam(name = "publish", defaultValue = "false") boolean publish,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (result.hasErrors() || !FormErrors.accepted(result, () -> briefs.save(id, form, publish))) {
      return page(id, briefs.stored(id), model, locale);
    }
    redirect.addFlashAttribute(
        "notice", publish ? "surveys.brief.publishedNotice" : "surveys.brief.savedNotice");
    return "redirect:/admin/surveys/" + id + "/brief";
  }

  @GetMapping("/surveys/{slug}/brief")
  String read(
      @PathVariable String slug,
      @ModelAttribute("viewer") Viewer viewer,
      Model model,
      Locale locale) {
    model.addAttribute("brief", briefs.reading(slug, viewer, locale));
    return "surveys/brief";
  }

  private String page(long id, SurveyBriefs.Stored stored, Model model, Locale locale) {
    model.addAttribute("survey", results.head(id, locale));
    model.addAttribute("publishedAt", stored.publishedAt());
    model.addAttribute("chartChoices", briefs.chartable(id, locale));
    model.addAttribute("translationStates", translations.states(id));
    return "surveys/brief-edit";
  }
}
