package org.safeports.membership;

import java.util.List;

/**
 * One kind of membership's records for an account (delegates, associate members, PFSOs each keep
 * their own); {@link Memberships} gathers them.
 */
interface MembershipSource {

  List<Membership> of(long accountId);
}
