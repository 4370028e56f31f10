package org.safeports.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.safeports.platform.security.PortalRole;

/**
 * The admin's change to an account's role: staff (editor, admin) or not (a registered user), and
 * the country staff act for. The membership roles (delegate, associate member, PFSO) are not handed
 * out here: they follow the memberships the secretariat and the delegates decide on.
 */
record UserRoleForm(
    @NotNull(message = "{identity.admin.role.required}") PortalRole role,
    @NotBlank(message = "{identity.country.required}") String country) {

  /** The roles this form gives. */
  static final java.util.List<PortalRole> OFFERED =
      java.util.List.of(PortalRole.USER, PortalRole.EDITOR, PortalRole.ADMIN);
}
