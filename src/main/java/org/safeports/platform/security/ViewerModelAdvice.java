package org.safeports.platform.security;

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

  @ModelAttribute("viewer")
  Viewer viewer() {
    return Viewer.of(SecurityContextHolder.getContext().getAuthentication(), roleHierarchy);
  }
}
