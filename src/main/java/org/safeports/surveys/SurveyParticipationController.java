package org.safeports.surveys;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Who answered: per survey, each member state's stage and when it was last reminded, and who was
 * invited; across all surveys, a table of member states. The secretariat's only.
 */
@Controller
@RequestMapping("/admin/surveys")
class SurveyParticipationController {

  private final SurveyParticipation participation;
  private final InvitationList invitations;
  private final SurveyResults results;

  SurveyParticipationController(
      SurveyParticipation participation, InvitationList invitations, SurveyResults results) {
    this.participation = participation;
    this.invitations = invitations;
    this.results = results;
  }

  @GetMapping("/participation")
  String overview(Model model, Locale locale) {
    model.addAttribute("overview", participation.overview(locale));
    return "surveys/participation-all";
  }

  @GetMapping("/{id}/participation")
  String survey(@PathVariable long id, Model model, Locale locale) {
    SurveyRecords.Head survey = results.head(id, locale);
    model.addAttribute("survey", survey);
    model.addAttribute("rows", participation.ofSurvey(id, locale));
    return "surveys/participation";
  }

  @GetMapping("/{id}/invitations")
  String invitations(@PathVariable long id, Model model, Locale locale) {
    SurveyRecords.Head survey = results.head(id, locale);
    model.addAttribute("survey", survey);
    model.addAttribute("invitations", invitations.of(id, survey.audience().perState()));
    return "surveys/invitations";
  }
}
