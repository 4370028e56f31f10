package org.safeports.identity;

import java.io.Serial;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Half a sign-in: the password was right, the second factor is still to come. It carries no role,
 * so every page but the second-factor one stays shut.
 */
final class PendingSignIn extends AbstractAuthenticationToken {

  @Serial private static final long serialVersionUID = 1L;

  /** The account has a second factor: it must type a code. */
  static final String AWAITING_CODE = "SECOND_FACTOR_AWAITING_CODE";

  /** Staff without a second factor, where one is required: they must set it up first. */
  static final String AWAITING_ENROLMENT = "SECOND_FACTOR_AWAITING_ENROLMENT";

  private final PortalUser user;

  PendingSignIn(PortalUser user, String stage) {
    super(List.of(new SimpleGrantedAuthority(stage)));
    this.user = user;
    setAuthenticated(true);
  }

  boolean awaits(String stage) {
    return getAuthorities().stream().anyMatch(a -> stage.equals(a.getAuthority()));
  }

  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public PortalUser getPrincipal() {
    return user;
  }
}
