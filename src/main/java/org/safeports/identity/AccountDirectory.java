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
}
