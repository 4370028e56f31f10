package org.safeports.membership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The accounts membership decides about. Identity owns accounts and implements this; membership
 * declares it so that identity can depend on membership (for the member states and the decisions it
 * turns into roles) without membership depending back on identity.
 */
public interface MemberAccounts {

  Optional<MemberAccount> byId(long accountId);

  /** The account with this e-mail address, in any case. */
  Optional<MemberAccount> byEmail(String email);

  /** The accounts with these ids that exist, in no particular order. */
  List<MemberAccount> byIds(Collection<Long> accountIds);

  /**
   * The secretariat: every enabled account with the editor's role (not admins), to be told of work
   * waiting for it such as PFSO requests.
   */
  List<MemberAccount> secretariat();

  /**
   * The account with this address, or a new one with a verified address (the person proved it by
   * following a link membership sent) and no usable password until they set one through {@link
   * #passwordLink(long)}. A new account is a registered user; its role comes with the memberships
   * decided about it.
   */
  Created ensure(NewMember member);

  /**
   * A new account with a verified address (the person followed a link membership sent to it) and
   * the password they chose, when the password meets identity's rules; otherwise no account and the
   * message keys of the rules it breaks (as on the sign-up form). No account either, and no
   * problems, when the address has an account already.
   */
  PasswordCreation createWithPassword(NewMember member, String password);

  /**
   * A full link (the portal's public address and a path) that lets the account's owner choose a
   * password (a password-reset link valid for seven days); for a welcome mail to an account just
   * created.
   */
  String passwordLink(long accountId);

  /** Who to create. */
  record NewMember(
      String email, String displayName, String organisation, String countryCode, String language) {}

  /**
   * The account created, or why not: the password rules it broke, or (both empty) the address
   * already has an account.
   */
  record PasswordCreation(Optional<MemberAccount> account, List<String> problems) {}

  /** The account, and whether it was created just now. */
  record Created(MemberAccount account, boolean isNew) {}
}
