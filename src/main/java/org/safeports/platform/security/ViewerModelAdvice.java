package org.safeports.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

@ControllerAdvice
class ViewerModelAdvice {

  private final RoleHierarchy roleHierarchy;

  ViewerModelAdvice(RoleHierarchy roleHierarchy) {
    this.roleHierarchy = roleHierarchy;
  }

  /**
   * The signed-in person, or the audience's viewer when the page is rendered for everyone of that
   * audience ({@link Viewer#SHARED_PAGE}).
   */
  @ModelAttribute("viewer")
  Viewer viewer(HttpServletRequest request) {
    if (request.getAttribute(Viewer.SHARED_PAGE) instanceof Viewer shared) {
      return shared;
    }
    return Viewer.of(SecurityContextHolder.getContext().getAuthentication(), roleHierarchy);
  }
}
