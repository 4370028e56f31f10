package org.safeports.membership;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Membership's screens: an id that is not a number is a page that does not exist. */
@ControllerAdvice(basePackageClasses = PfsoFailureAdvice.class)
class PfsoFailureAdvice {

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  void notANumber(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
