package org.safeports.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.safeports.platform.PortalProperties;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * What happens once the password is right: straight in, or on to the second factor (to type a code,
 * or, for staff where it is required, to set one up first). After the last step the user lands on
 * the page they asked for, which is always one of the portal's own.
 */
@Component
class SignInCompletion implements AuthenticationSuccessHandler {

  private final SecurityContextHolderStrategy holder =
      SecurityContextHolder.getContextHolderStrategy();
  private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
  private final SavedRequestAwareAuthenticationSuccessHandler savedRequest =
      new SavedRequestAwareAuthenticationSuccessHandler();
  private final AccountService accounts;
  private final PortalProperties properties;
  private final DeviceCookies devices;

  SignInCompletion(AccountService accounts, PortalProperties properties, DeviceCookies devices) {
    this.accounts = accounts;
    this.properties = properties;
    this.devices = devices;
    this.savedRequest.setDefaultTargetUrl("/");
    this.savedRequest.setAlwaysUseDefaultTargetUrl(false);
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    if (!(authentication.getPrincipal() instanceof PortalUser user)) {
      throw new IllegalStateException("The sign-in form authenticates portal accounts only");
    }
    if (user.hasSecondFactor()) {
      pending(request, response, user, PendingSignIn.AWAITING_CODE);
      response.sendRedirect(request.getContextPath() + "/sign-in/second-factor");
    } else if (user.role().isStaff() && properties.requireSecondFactorForStaff()) {
      pending(request, response, user, PendingSignIn.AWAITING_ENROLMENT);
      response.sendRedirect(request.getContextPath() + "/sign-in/second-factor/set-up");
    } else {
      finish(request, response, user);
    }
  }

  /** Signs the user fully in, with a fresh session id, and sends them where they were going. */
  void finish(HttpServletRequest request, HttpServletResponse response, PortalUser user)
      throws IOException, ServletException {
    savedRequest.onAuthenticationSuccess(request, response, signIn(request, response, user));
  }

  /**
   * Signs the user fully in, with a fresh session id, and marks the device as one the account has
   * signed in on; the caller says where to go next.
   */
  Authentication signIn(HttpServletRequest request, HttpServletResponse response, PortalUser user) {
    Authentication full =
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    save(request, response, full);
    accounts.recordSignIn(user.accountId());
    // From now on this device is let in when others' wrong passwords close the account.
    devices.remember(request, response, user.getUsername());
    return full;
  }

  private void pending(
      HttpServletRequest request, HttpServletResponse response, PortalUser user, String stage) {
    save(request, response, new PendingSignIn(user, stage));
  }

  private void save(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    SecurityContext context = holder.createEmptyContext();
    context.setAuthentication(authentication);
    holder.setContext(context);
    repository.saveContext(context, request, response);
  }
}
