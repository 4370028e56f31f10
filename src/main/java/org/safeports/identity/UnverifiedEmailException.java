package org.safeports.identity;

import org.springframework.security.core.AuthenticationException;

/** The password was right, but the e-mail address has not been verified yet. */
class UnverifiedEmailException extends AuthenticationException {
  UnverifiedEmailException() {
    super("E-mail not verified");
  }
}
