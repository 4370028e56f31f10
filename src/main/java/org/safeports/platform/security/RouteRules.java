package org.safeports.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How a module tells the security baseline who may reach its routes. Every module with routes
 * declares one; a route no module declares is denied to everybody.
 */
public interface RouteRules {

  void declare(HttpSecurity http) throws Exception;
}
