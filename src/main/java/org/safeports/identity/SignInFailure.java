package org.safeports.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/** Back to the sign-in page with the reason and the address the user typed (never the password). */
@Component
class SignInFailure implements AuthenticationFailureHandler {

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String reason;
    if (exception instanceof ThrottledSignInException) {
      reason = "throttled";
    } else if (exception instanceof UnverifiedEmailException) {
      reason = "unverified";
    } else if (exception instanceof DisabledException) {
      reason = "disabled";
    } else {
      reason = "bad";
    }
    FlashMap flash = new FlashMap();
    flash.put("signInError", reason);
    String email = request.getParameter("email");
    flash.put("email", email == null ? "" : email.trim());
    // This runs in the security filter, before Spring MVC: no flash manager on the request yet.
    new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
    response.sendRedirect(request.getContextPath() + "/sign-in");
  }
}
