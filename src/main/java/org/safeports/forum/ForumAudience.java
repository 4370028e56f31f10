package org.safeports.forum;

import java.util.EnumSet;
import java.util.Set;
import org.safeports.platform.security.PortalRole;

/**
 * Who may read a category: the one rule of the forum's visibility. A reader reads a category when
 * they hold its role (through the role hierarchy: an editor holds PFSO and ASSOCIATE); a public
 * category is read by everyone, signed in or not. Posting needs the role too, and at least a
 * registered user's. Queries filter with {@link #PREDICATE} over the set {@link #readableBy} gives.
 */
public enum ForumAudience {
  /** Everyone reads; registered users post. */
  PUBLIC(null),
  /** Associate members, delegates and the secretariat. */
  MEMBERS(PortalRole.ASSOCIATE),
  /** Verified PFSOs and the secretariat. */
  PFSO(PortalRole.PFSO),
  /** The secretariat only. */
  SECRETARIAT(PortalRole.EDITOR);

  /**
   * The JPQL condition every forum query that returns categories, topics, posts, flags or
   * attachments carries, on the category alias {@code c} and the parameter {@code readable}.
   */
  public static final String PREDICATE = "c.audience in :readable";

  /** The same condition in SQL, on the category table's alias {@code c}. */
  public static final String SQL_PREDICATE = "c.audience = any(:readable)";

  private final PortalRole role;

  ForumAudience(PortalRole role) {
    this.role = role;
  }

  /** The role that reads this audience's categories; null for the public. */
  public PortalRole role() {
    return role;
  }

  /**
   * The audiences whose categories a holder of these roles reads (role names, hierarchy applied).
   */
  public static Set<ForumAudience> readableBy(Set<String> roles) {
    EnumSet<ForumAudience> readable = EnumSet.of(PUBLIC);
    for (ForumAudience audience : values()) {
      if (audience.role != null && roles.contains(audience.role.name())) {
        readable.add(audience);
      }
    }
    return readable;
  }

  /** At least as restricted as the other: a sub-category may not be more open than its parent. */
  public boolean atLeast(ForumAudience other) {
    return other == PUBLIC || this == other || this == SECRETARIAT;
  }
}
