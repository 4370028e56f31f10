package org.safeports.library;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What the library's pages do when the rules refuse: an action the document's state does not allow
 * goes back to the document's page with the reason, and an address whose number is not one is not
 * found, like a number that names no document.
 */
@ControllerAdvice(basePackageClasses = LibraryFailureAdvice.class)
class LibraryFailureAdvice {

  @ExceptionHandler(LibraryService.NotAllowed.class)
  String notAllowed(
      LibraryService.NotAllowed refused, HandlerMethod handler, HttpServletRequest request) {
    RequestContextUtils.getOutputFlashMap(request).put("alert", "library.notAllowed");
    String base =
        handler.getBeanType() == LibraryDelegateController.class
            ? LibraryDelegateController.BASE
            : LibraryEditorController.BASE;
    return "redirect:" + base + "/" + refused.documentId();
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  void notANumber(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
