package org.safeports.surveys;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the surveys' pages do when a request cannot be served. A step refused that no form field can
 * show (opening a survey without questions, saving an answer after it closed) goes back to the
 * survey's page with the reason on top; an address whose number is not one is not found, like a
 * number that names no survey.
 */
@ControllerAdvice(basePackageClasses = SurveysFailureAdvice.class)
class SurveysFailureAdvice {

  @ExceptionHandler
  String refused(SurveyRefused refused, HttpServletRequest request, RedirectAttributes redirect) {
    redirect.addFlashAttribute("alert", refused.code());
    String[] parts = request.getServletPath().split("/");
    if (parts.length > 3 && parts[1].equals("admin") && parts[3].matches("\\d+")) {
      boolean builder =
          parts.length > 4
              && java.util.Set.of("publish", "move", "sections", "questions").contains(parts[4]);
      return "redirect:/admin/surveys/" + parts[3] + (builder ? "/questions" : "");
    }
    return "redirect:/surveys" + (parts.length > 2 ? "/" + parts[2] : "");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  void notANumber(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
