package org.safeports.identity;

import org.springframework.security.core.AuthenticationException;

/** Too many failed attempts for this account or address: sign-in is refused for a while. */
class ThrottledSignInException extends AuthenticationException {
  ThrottledSignInException() {
    super("Too many sign-in attempts");
  }
}
