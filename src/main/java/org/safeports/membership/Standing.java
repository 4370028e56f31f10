package org.safeports.membership;

import org.safeports.platform.security.PortalRole;

/**
 * The role and vouched facts that a person's memberships in force give them: a delegate's country;
 * a PFSO's country and port facility; an associate member's organisation and country. {@link
 * PortalRole#USER} with no facts when none is in force.
 */
public record Standing(
    PortalRole role, String countryCode, String organisation, String portFacility) {

  public static final Standing NONE = new Standing(PortalRole.USER, null, null, null);
}
