package org.safeports.identity;

import java.util.Map;
import org.safeports.platform.security.PortalRole;

/** What other modules may ask of identity: figures for the dashboard, how to reach a person. */
public interface AccountDirectory {

  /** Accounts per role, every role present (zero where none). */
  Map<PortalRole, Long> countByRole();

  /** Accounts whose owner has not yet confirmed the e-mail address. */
  long awaitingVerification();

  /** The address, name and language of an account that can still receive mail. */
  java.util.Optional<Contact> contact(long accountId);

  /**
   * The accounts that can still receive mail and hold exactly this role, in this country (any
   * country when null), oldest first. With {@code DELEGATE} and a country: that country's
   * delegates, since membership's decisions set a delegate's role and country on the account.
   */
  java.util.List<Long> holding(PortalRole role, String countryCode);
}
