package org.safeports.identity;

import java.time.Instant;
import org.safeports.platform.security.PortalRole;

/** An account as pages show it: never the entity, never a secret. */
record AccountView(
    long id,
    String email,
    String displayName,
    String organisation,
    String countryCode,
    PortalRole role,
    String portFacility,
    boolean verified,
    boolean enabled,
    String language,
    boolean secondFactor,
    long unusedRecoveryCodes,
    Instant createdAt,
    Instant lastSignInAt) {

  static AccountView of(Account a, RecoveryCodeRepository recoveryCodes) {
    long unused =
        recoveryCodes != null && a.isTotpEnabled()
            ? recoveryCodes.countByAccountIdAndUsedAtIsNull(a.id())
            : 0;
    return new AccountView(
        a.id(),
        a.email(),
        a.displayName(),
        a.organisation(),
        a.countryCode(),
        a.role(),
        a.portFacility(),
        a.isVerified(),
        a.isEnabled(),
        a.language(),
        a.isTotpEnabled(),
        unused,
        a.createdAt(),
        a.lastSignInAt());
  }
}
