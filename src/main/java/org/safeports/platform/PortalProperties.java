package org.safeports.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by the modules.
 *
 * @param baseUrl the address users reach the portal at, used in links sent by e-mail
 * @param requireSecondFactorForStaff editors and admins must use a second factor to sign in
 * @param mailFrom the sender address of the portal's e-mail
 * @param verificationLinkValidity how long an e-mail verification link works
 * @param passwordResetLinkValidity how long a password reset link works
 */
@ConfigurationProperties("safeports")
public record PortalProperties(
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue("false") boolean requireSecondFactorForStaff,
    @DefaultValue("Safeports <no-reply@safeports.org>") String mailFrom,
    @DefaultValue("48h") Duration verificationLinkValidity,
    @DefaultValue("1h") Duration passwordResetLinkValidity) {

  /** The base URL without a trailing slash. */
  public String link(String path) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return base + path;
  }
}
