package org.safeports.platform.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers of every answer, for the answers that do not pass through Spring Security's
 * filter chain (the error pages Tomcat writes itself before the portal sees a request). Keep them
 * the same as {@link SecurityConfiguration}'s.
 */
public final class SecurityHeaders {

  private SecurityHeaders() {}

  /** Header name and value, in a fixed order. */
  public static Map<String, String> baseline() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
    headers.put("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY);
    return headers;
  }
}
