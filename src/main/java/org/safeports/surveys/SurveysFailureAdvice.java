package org.safeports.surveys;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What the surveys' pages do when a request cannot be served: an address whose number is not one is
 * not found, like a number that names no survey.
 */
@ControllerAdvice(basePackageClasses = SurveysFailureAdvice.class)
class SurveysFailureAdvice {

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  void notANumber(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
