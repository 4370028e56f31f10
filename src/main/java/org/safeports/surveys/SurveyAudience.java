package org.safeports.surveys;

import java.util.List;
import java.util.Set;
import org.safeports.platform.security.PortalRole;

/**
 * Who a survey is for, and so who may answer it: the one rule for respondents. For {@link #STATES}
 * the answer is the member state's, and any delegate of that state continues and submits it.
 */
public enum SurveyAudience {
  /** The delegates, one answer per member state. */
  STATES(PortalRole.DELEGATE),
  /** All verified PFSOs. */
  PFSOS(PortalRole.PFSO),
  /** Associate members (and delegates, who hold the associate role). */
  ASSOCIATES(PortalRole.ASSOCIATE),
  /** Any registered user. */
  REGISTERED(PortalRole.USER),
  /** Anyone with the survey's public link (a single-use token each). */
  PUBLIC(null);

  private final PortalRole role;

  SurveyAudience(PortalRole role) {
    this.role = role;
  }

  /** The role that answers, null for the public. */
  public PortalRole role() {
    return role;
  }

  /**
   * Whether a person of these roles (names, hierarchy applied) is one this survey asks. The
   * secretariat holds every role through the hierarchy but answers nothing: it reads results.
   */
  public boolean asks(Set<String> roles) {
    if (roles.contains(PortalRole.EDITOR.name())) {
      return false;
    }
    return role == null || roles.contains(role.name());
  }

  /**
   * The roles a results filter can tell apart among this survey's respondents: the roles held by
   * those it asks, when there are several (associate members and delegates; every registered role).
   * Empty when all respondents hold one role, and for the public link, whose respondents are not
   * known.
   */
  public List<PortalRole> filterRoles() {
    return switch (this) {
      case ASSOCIATES -> List.of(PortalRole.DELEGATE, PortalRole.ASSOCIATE);
      case REGISTERED ->
          List.of(PortalRole.DELEGATE, PortalRole.PFSO, PortalRole.ASSOCIATE, PortalRole.USER);
      case STATES, PFSOS, PUBLIC -> List.of();
    };
  }

  /** One answer per member state rather than per person. */
  public boolean perState() {
    return this == STATES;
  }
}
