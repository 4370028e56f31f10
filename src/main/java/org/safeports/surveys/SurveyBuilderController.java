package org.safeports.surveys;

import java.util.Locale;
import org.safeports.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The questionnaire builder: sections and questions, one form each; preview; translations. */
@Controller
class SurveyBuilderController {

  private final SurveyBuilding building;
  private final QuestionnaireBuilding questions;
  private final SurveyPreviews previews;

  SurveyBuilderController(
      SurveyBuilding building, QuestionnaireBuilding questions, SurveyPreviews previews) {
    this.building = building;
    this.questions = questions;
    this.previews = previews;
  }

  @GetMapping("/admin/surveys/{id}/questions")
  String builder(@PathVariable long id, Model model) {
    model.addAttribute("survey", building.summary(building.survey(id)));
    model.addAttribute("draft", questions.draft(id));
    model.addAttribute("lang", building.survey(id).originalLanguage());
    model.addAttribute("kinds", QuestionKind.offeredKinds());
    return "surveys/admin-builder";
  }

  @GetMapping("/admin/surveys/{id}/sections/new")
  String newSection(@PathVariable long id, Model model) {
    model.addAttribute("form", new SectionForm());
    return sectionPage(id, null, model);
  }

  @GetMapping("/admin/surveys/{id}/sections/{sectionKey}")
  String section(@PathVariable long id, @PathVariable String sectionKey, Model model) {
    model.addAttribute("form", previews.sectionForm(id, sectionKey));
    return sectionPage(id, sectionKey, model);
  }

  @PostMapping({"/admin/surveys/{id}/sections/new", "/admin/surveys/{id}/sections/{sectionKey}"})
  String saveSection(
      @PathVariable long id,
      @PathVariable(required = false) String sectionKey,
      @ModelAttribute("form") SectionForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (FormErrors.accepted(result, () -> questions.saveSection(id, sectionKey, form)).isEmpty()) {
      return sectionPage(id, sectionKey, model);
    }
    redirect.addFlashAttribute("notice", "surveys.builder.saved");
    return "redirect:/admin/surveys/" + id + "/questions";
  }

  @GetMapping("/admin/surveys/{id}/sections/{sectionKey}/questions/new")
  String newQuestion(
      @PathVariable long id,
      @PathVariable String sectionKey,
      @RequestParam(defaultValue = "SINGLE") QuestionKind kind,
      Model model) {
    QuestionForm form = new QuestionForm();
    form.setKind(kind);
    model.addAttribute("form", form);
    return questionPage(id, sectionKey, null, model);
  }

  @GetMapping("/admin/surveys/{id}/questions/{questionKey}")
  String question(@PathVariable long id, @PathVariable String questionKey, Model model) {
    model.addAttribute("form", previews.questionForm(id, questionKey));
    return questionPage(id, previews.sectionOf(id, questionKey), questionKey, model);
  }

  @PostMapping({
    "/admin/surveys/{id}/sections/{sectionKey}/questions/new",
    "/admin/surveys/{id}/questions/{questionKey}"
  })
  String saveQuestion(
      @PathVariable long id,
      @PathVariable(required = false) String sectionKey,
      @PathVariable(required = false) String questionKey,
      @ModelAttribute("form") QuestionForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    String section = sectionKey != null ? sectionKey : previews.sectionOf(id, questionKey);
    if (result.hasErrors()
        || FormErrors.accepted(result, () -> questions.saveQuestion(id, section, questionKey, form))
            .isEmpty()) {
      return questionPage(id, section, questionKey, model);
    }
    redirect.addFlashAttribute("notice", "surveys.builder.saved");
    return "redirect:/admin/surveys/" + id + "/questions";
  }

  @PostMapping("/admin/surveys/{id}/sections/{sectionKey}/remove")
  String removeSection(
      @PathVariable long id, @PathVariable String sectionKey, RedirectAttributes redirect) {
    questions.removeSection(id, sectionKey);
    redirect.addFlashAttribute("notice", "surveys.builder.removed");
    return "redirect:/admin/surveys/" + id + "/questions";
  }

  @PostMapping("/admin/surveys/{id}/questions/{questionKey}/remove")
  String removeQuestion(
      @PathVariable long id, @PathVariable String questionKey, RedirectAttributes redirect) {
    questions.removeQuestion(id, questionKey);
    redirect.addFlashAttribute("notice", "surveys.builder.removed");
    return "redirect:/admin/surveys/" + id + "/questions";
  }

  @PostMapping("/admin/surveys/{id}/move")
  String move(
      @PathVariable long id,
      @RequestParam String key,
      @RequestParam int delta,
      RedirectAttributes redirect) {
    questions.move(id, key, delta < 0 ? -1 : 1);
    redirect.addFlashAttribute("notice", "surveys.builder.moved");
    return "redirect:/admin/surveys/" + id + "/questions#" + key;
  }

  @GetMapping("/admin/surveys/{id}/preview")
  String preview(
      @PathVariable long id,
      @RequestParam(required = false) String lang,
      @RequestParam(defaultValue = "0") int section,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      Locale locale) {
    model.addAttribute("sheet", previews.preview(id, lang, locale, section, params));
    model.addAttribute("previewLanguages", SurveySettingsForm.LANGUAGES);
    return "surveys/answer";
  }

  @GetMapping("/admin/surveys/{id}/translations")
  String translations(@PathVariable long id, Model model) {
    model.addAttribute("survey", building.summary(building.survey(id)));
    model.addAttribute("gaps", previews.untranslated(id));
    model.addAttribute("languages", SurveySettingsForm.LANGUAGES);
    return "surveys/admin-translations";
  }

  private String sectionPage(long id, String sectionKey, Model model) {
    model.addAttribute("survey", building.summary(building.survey(id)));
    model.addAttribute("sectionKey", sectionKey);
    model.addAttribute("conditions", previews.conditionChoices(id, sectionKey, null, true));
    model.addAttribute("languages", SurveySettingsForm.LANGUAGES);
    model.addAttribute("original", building.survey(id).originalLanguage());
    return "surveys/admin-section";
  }

  private String questionPage(long id, String sectionKey, String questionKey, Model model) {
    model.addAttribute("survey", building.summary(building.survey(id)));
    model.addAttribute("sectionKey", sectionKey);
    model.addAttribute("questionKey", questionKey);
    model.addAttribute("conditions", previews.conditionChoices(id, sectionKey, questionKey, false));
    model.addAttribute("languages", SurveySettingsForm.LANGUAGES);
    model.addAttribute("kinds", QuestionKind.offeredKinds());
    model.addAttribute("original", building.survey(id).originalLanguage());
    return "surveys/admin-question";
  }
}
