package org.safeports.surveys;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.safeports.platform.security.PortalRole;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The secretariat's reading of a survey's answers: the results page and the two exports. */
@Controller
@RequestMapping("/admin/surveys/{id}")
class SurveyResultsController {

  /** The results' filter as the address gives it; a value that does not convert is no filter. */
  static class ResultsFilter {
    private String country;
    private PortalRole role;

    public String getCountry() {
      return country;
    }

    public void setCountry(String country) {
      this.country = country == null || country.isBlank() ? null : country;
    }

    public PortalRole getRole() {
      return role;
    }

    public void setRole(PortalRole role) {
      this.role = role;
    }
  }

  private final SurveyResults results;
  private final SurveyExports exports;
  private final SurveyParticipation participation;

  SurveyResultsController(
      SurveyResults results, SurveyExports exports, SurveyParticipation participation) {
    this.results = results;
    this.exports = exports;
    this.participation = participation;
  }

  @GetMapping("/results")
  String results(
      @PathVariable long id,
      @ModelAttribute("resultsFilter") ResultsFilter filter,
      BindingResult ignored,
      Model model,
      Locale locale) {
    SurveyResults.Filter chosen = results.filter(filter.country, filter.role);
    SurveyResults.Results shown = results.of(id, chosen, locale);
    model.addAttribute("results", shown);
    model.addAttribute("countries", participation.ofSurvey(id, locale));
    model.addAttribute("roles", shown.survey().audience().filterRoles());
    return "surveys/results";
  }

  @GetMapping("/results.csv")
  void csv(
      @PathVariable long id,
      @ModelAttribute("resultsFilter") ResultsFilter filter,
      BindingResult ignored,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    SurveyResults.Filter chosen = results.filter(filter.country, filter.role);
    String slug = results.head(id, locale).slug();
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + slug + ".csv\"");
    exports.csv(id, chosen, locale, response.getOutputStream());
  }

  @GetMapping("/results.xlsx")
  void xlsx(
      @PathVariable long id,
      @ModelAttribute("resultsFilter") ResultsFilter filter,
      BindingResult ignored,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    SurveyResults.Filter chosen = results.filter(filter.country, filter.role);
    String slug = results.head(id, locale).slug();
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + slug + ".xlsx\"");
    exports.xlsx(id, chosen, locale, response.getOutputStream());
  }
}
