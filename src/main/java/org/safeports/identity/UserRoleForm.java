package org.safeports.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.safeports.platform.security.PortalRole;

/** The admin's change to an account's role, and the country and port facility that go with it. */
record UserRoleForm(
    @NotNull(message = "{identity.admin.role.required}") PortalRole role,
    @NotBlank(message = "{identity.country.required}") String country,
    @Size(max = 160, message = "{identity.admin.portFacility.tooLong}") String portFacility) {}
