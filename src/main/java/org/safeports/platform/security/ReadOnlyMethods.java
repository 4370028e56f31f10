package org.safeports.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * HEAD and OPTIONS are asked as the GET of the same address would be: modules list their public
 * pages for GET, and a monitor or link checker that sends HEAD must get the page's answer (Spring
 * MVC answers HEAD like GET without the body, and OPTIONS with the methods allowed), not the
 * sign-in page.
 */
final class ReadOnlyMethods implements AuthorizationManager<RequestAuthorizationContext> {

  static final RequestMatcher HEAD_OR_OPTIONS =
      request ->
          HttpMethod.HEAD.matches(request.getMethod())
              || HttpMethod.OPTIONS.matches(request.getMethod());

  private volatile AuthorizationManager<HttpServletRequest> rules;

  /** The whole rule list, known once the filter chain is built. */
  void decideWith(AuthorizationManager<HttpServletRequest> rules) {
    this.rules = rules;
  }

  @Override
  public AuthorizationResult authorize(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    return rules.authorize(authentication, new AsGet(context.getRequest()));
  }

  private static final class AsGet extends HttpServletRequestWrapper {
    AsGet(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return HttpMethod.GET.name();
    }
  }
}
