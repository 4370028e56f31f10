package org.safeports.platform.security;

import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The last rule: a request that no module's rules matched. If a controller would handle it, the
 * module forgot to say who may use it, so nobody may. If nothing would, the request goes on to get
 * the "page not found" answer rather than a sign-in page for an address that does not exist.
 */
@Component
class UnlistedRoutes implements AuthorizationManager<RequestAuthorizationContext> {

  private final ObjectProvider<RequestMappingHandlerMapping> controllers;

  UnlistedRoutes(
      @Qualifier("requestMappingHandlerMapping")
          ObjectProvider<RequestMappingHandlerMapping> controllers) {
    this.controllers = controllers;
  }

  @Override
  public AuthorizationResult authorize(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    return new AuthorizationDecision(!hasController(context));
  }

  private boolean hasController(RequestAuthorizationContext context) {
    try {
      return controllers.getObject().getHandler(context.getRequest()) != null;
    } catch (Exception e) {
      // A controller matched the path but not the method or media type: still a listed path.
      return true;
    }
  }
}
