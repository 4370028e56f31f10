package org.safeports.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What the sign-in form's request tells the throttle: the address, and the device's cookie. */
final class SignInDetails extends WebAuthenticationDetails {

  @Serial private static final long serialVersionUID = 1L;

  private final String deviceCookie;

  SignInDetails(HttpServletRequest request) {
    super(request);
    this.deviceCookie = DeviceCookies.valueOf(request);
  }

  String deviceCookie() {
    return deviceCookie;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignInDetails details
        && super.equals(details)
        && java.util.Objects.equals(deviceCookie, details.deviceCookie);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + java.util.Objects.hashCode(deviceCookie);
  }
}
