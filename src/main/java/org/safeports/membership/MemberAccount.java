package org.safeports.membership;

import org.safeports.platform.security.PortalRole;

/**
 * What membership needs to know of an account: who it is, the language its mail is written in, and
 * its current role and vouched facts.
 */
public record MemberAccount(
    long id,
    String email,
    String displayName,
    String organisation,
    String countryCode,
    String language,
    PortalRole role,
    String portFacility,
    boolean enabled) {}
