package org.safeports.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in, with the throttle in front and the account's state checked only once the
 * password is known to be right: a wrong password never tells whether an account exists, is
 * disabled, or waits for verification.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

  private final DaoAuthenticationProvider passwords;
  private final SignInThrottle throttle;
  private final DeviceCookies devices;

  ThrottledAuthenticationProvider(
      AccountUserDetailsService users,
      PasswordEncoder encoder,
      SignInThrottle throttle,
      DeviceCookies devices) {
    this.throttle = throttle;
    this.devices = devices;
    this.passwords = new DaoAuthenticationProvider(users);
    this.passwords.setPasswordEncoder(encoder);
    this.passwords.setPreAuthenticationChecks(user -> {});
    this.passwords.setPostAuthenticationChecks(
        user -> {
          if (!user.isEnabled()) {
            throw new DisabledException("Account disabled");
          }
          if (user instanceof PortalUser portalUser && !portalUser.isVerified()) {
            throw new UnverifiedEmailException();
          }
        });
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    SignInThrottle.Attempt attempt = attempt(authentication);
    if (throttle.isBlocked(attempt)) {
      throw new ThrottledSignInException();
    }
    try {
      Authentication result = passwords.authenticate(authentication);
      throttle.recordSuccess(attempt);
      return result;
    } catch (BadCredentialsException e) {
      throttle.recordFailure(attempt);
      throw e;
    }
  }

  private SignInThrottle.Attempt attempt(Authentication authentication) {
    String email = authentication.getName();
    Object details = authentication.getDetails();
    String address =
        details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    String device =
        details instanceof SignInDetails signIn
            ? devices.trustedDevice(signIn.deviceCookie(), email).orElse(null)
            : null;
    return new SignInThrottle.Attempt(email, address, device);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
