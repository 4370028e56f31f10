package org.safeports.surveys;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Locale;
import org.safeports.identity.PortalUser;
import org.safeports.platform.web.FormErrors;
import org.safeports.platform.web.Language;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's surveys: the list, a survey's settings, and the steps of its life. */
@Controller
class SurveyAdminController {

  private final SurveyBuilding building;

  SurveyAdminController(SurveyBuilding building) {
    this.building = building;
  }

  @GetMapping("/admin/surveys")
  String list(Model model, Locale locale) {
    model.addAttribute("surveys", building.all(Language.of(locale).code()));
    return "surveys/admin-list";
  }

  @GetMapping("/admin/surveys/new")
  String create(Model model) {
    model.addAttribute("form", new SurveySettingsForm());
    return settingsPage(model, null);
  }

  @PostMapping("/admin/surveys/new")
  String create(
      @AuthenticationPrincipal PortalUser user,
      @Valid @ModelAttribute("form") SurveySettingsForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return settingsPage(model, null);
    }
    var id = FormErrors.accepted(result, () -> building.create(form, user.accountId()));
    if (id.isEmpty()) {
      return settingsPage(model, null);
    }
    redirect.addFlashAttribute("notice", "surveys.admin.created");
    return "redirect:/admin/surveys/" + id.get() + "/questions";
  }

  @GetMapping("/admin/surveys/{id}")
  String settings(@PathVariable long id, Model model) {
    Survey survey = building.survey(id);
    model.addAttribute("form", SurveySettingsForm.of(survey));
    return settingsPage(model, survey);
  }

  @PostMapping("/admin/surveys/{id}")
  String settings(
      @PathVariable long id,
      @Valid @ModelAttribute("form") SurveySettingsForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Survey survey = building.survey(id);
    if (result.hasErrors() || !FormErrors.accepted(result, () -> building.update(id, form))) {
      return settingsPage(model, survey);
    }
    redirect.addFlashAttribute("notice", "surveys.admin.saved");
    return "redirect:/admin/surveys/" + id;
  }

  @PostMapping("/admin/surveys/{id}/open")
  String open(@PathVariable long id, RedirectAttributes redirect) {
    building.open(id);
    redirect.addFlashAttribute("notice", "surveys.admin.opened");
    return "redirect:/admin/surveys/" + id;
  }

  @PostMapping("/admin/surveys/{id}/close")
  String close(@PathVariable long id, RedirectAttributes redirect) {
    building.close(id);
    redirect.addFlashAttribute("notice", "surveys.admin.closed");
    return "redirect:/admin/surveys/" + id;
  }

  @PostMapping("/admin/surveys/{id}/extend")
  String extend(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate until,
      RedirectAttributes redirect) {
    building.extend(id, until);
    redirect.addFlashAttribute("notice", "surveys.admin.extended");
    return "redirect:/admin/surveys/" + id;
  }

  @PostMapping("/admin/surveys/{id}/publish")
  String publishVersion(@PathVariable long id, RedirectAttributes redirect) {
    building.publishVersion(id);
    redirect.addFlashAttribute("notice", "surveys.admin.versionPublished");
    return "redirect:/admin/surveys/" + id + "/questions";
  }

  @PostMapping("/admin/surveys/{id}/copy")
  String copy(
      @AuthenticationPrincipal PortalUser user,
      @PathVariable long id,
      RedirectAttributes redirect) {
    long copy = building.copy(id, user.accountId());
    redirect.addFlashAttribute("notice", "surveys.admin.copied");
    return "redirect:/admin/surveys/" + copy;
  }

  @PostMapping("/admin/surveys/{id}/wave")
  String wave(
      @AuthenticationPrincipal PortalUser user,
      @PathVariable long id,
      RedirectAttributes redirect) {
    long wave = building.wave(id, user.accountId());
    redirect.addFlashAttribute("notice", "surveys.admin.waveCreated");
    return "redirect:/admin/surveys/" + wave;
  }

  @PostMapping("/admin/surveys/{id}/responses/{responseId}/reopen")
  String reopen(@PathVariable long id, @PathVariable long responseId, RedirectAttributes redirect) {
    building.reopen(id, responseId);
    redirect.addFlashAttribute("notice", "surveys.admin.reopened");
    return "redirect:/admin/surveys/" + id;
  }

  private String settingsPage(Model model, Survey survey) {
    model.addAttribute("survey", survey == null ? null : building.summary(survey));
    model.addAttribute("languages", SurveySettingsForm.LANGUAGES);
    model.addAttribute("kinds", SurveyKind.values());
    model.addAttribute("audiences", SurveyAudience.values());
    return "surveys/admin-settings";
  }
}
