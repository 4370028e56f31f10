package org.safeports.search;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What the search's pages do when a request cannot be served: a search that runs past its time
 * limit ({@link SiteSearch#TIMEOUT_SECONDS}) is answered as a busy service, not as a failure of the
 * portal, and frees its connection.
 */
@ControllerAdvice(basePackageClasses = SearchFailureAdvice.class)
class SearchFailureAdvice {

  @ExceptionHandler(QueryTimeoutException.class)
  void tooLong(HttpServletResponse response) throws IOException {
    response.setHeader("Retry-After", "5");
    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
  }
}
