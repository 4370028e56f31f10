package org.safeports.events;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What the events' pages do when a request cannot be served: an address whose number is not one is
 * not found, like a number that names no event.
 */
@ControllerAdvice(basePackageClasses = EventsFailureAdvice.class)
class EventsFailureAdvice {

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  void notANumber(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
