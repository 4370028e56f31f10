package org.safeports.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.safeports.platform.security.PortalRole;

/**
 * The admin's change to an account's role, and the facts the secretariat vouches for with it: the
 * country, a PFSO's port facility, an associate member's organisation (blank keeps the current
 * one).
 */
record UserRoleForm(
    @NotNull(message = "{identity.admin.role.required}") PortalRole role,
    @NotBlank(message = "{identity.country.required}") String country,
    @Size(max = 160, message = "{identity.admin.portFacility.tooLong}") String portFacility,
    @Size(max = 160, message = "{identity.organisation.tooLong}") String organisation) {}
