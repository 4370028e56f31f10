package org.safeports.platform.security;

/**
 * The roles of the design, from least to most trusted. A visitor has no role. Each role holds the
 * rights of those it includes (see {@link SecurityConfiguration#roleHierarchy()}).
 */
public enum PortalRole {
  /** A registered user with a verified e-mail. */
  USER,
  /** The contact of an organisation approved by the secretariat. */
  ASSOCIATE,
  /** A member state's appointed delegate, tied to one country. */
  DELEGATE,
  /** A Port Facility Security Officer, tied to a country and a port facility. */
  PFSO,
  /** TAG secretariat staff. */
  EDITOR,
  /** The TAG secretariat lead. */
  ADMIN;

  public String authority() {
    return "ROLE_" + name();
  }

  public boolean isStaff() {
    return this == EDITOR || this == ADMIN;
  }
}
