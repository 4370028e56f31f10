package org.safeports.forum;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.safeports.platform.security.PortalRole;

/**
 * Who reads the forum: an account (or nobody, signed out), the name they post under, and the
 * audiences they may read. Built only by {@link ForumReaders}, from the security context or, for
 * mail and mentions, from an account's role.
 */
public record ForumReader(
    Long accountId, String name, Set<String> roles, Set<ForumAudience> readable) {

  public static final ForumReader ANONYMOUS =
      new ForumReader(null, null, Set.of(), Set.of(ForumAudience.PUBLIC));

  public boolean signedIn() {
    return accountId != null && roles.contains(PortalRole.USER.name());
  }

  /** The one check on a single category, topic, post or attachment. */
  public boolean mayRead(ForumAudience audience) {
    return readable.contains(audience);
  }

  /** Starting topics and replying: a registered user who may read the category. */
  public boolean mayPost(ForumAudience audience) {
    return signedIn() && mayRead(audience);
  }

  /** Trusted to post without approval: anyone the secretariat vouched for, and the secretariat. */
  public boolean vouched() {
    return roles.contains(PortalRole.ASSOCIATE.name()) || roles.contains(PortalRole.PFSO.name());
  }

  /** Moderators are the secretariat's editors (and admins). */
  public boolean moderator() {
    return roles.contains(PortalRole.EDITOR.name());
  }

  /** The audiences as query parameters, for {@link ForumAudience#PREDICATE}. */
  public Collection<ForumAudience> readableList() {
    return List.copyOf(readable);
  }

  /** The audiences as SQL text values, for {@link ForumAudience#SQL_PREDICATE}. */
  public String[] readableNames() {
    return readable.stream().map(Enum::name).sorted().toArray(String[]::new);
  }
}
