package org.safeports.identity;

import java.util.Optional;
import org.safeports.platform.security.PortalRole;

/**
 * Finds an account by its e-mail address, for modules that act on behalf of a known account (the
 * demo loaders upload and write as the demo accounts).
 */
public interface AccountLookup {

  /** The account with this address, whether or not it is verified or enabled. */
  Optional<Summary> byEmail(String email);

  /** Who an account is: enough to act and be recorded as them. */
  record Summary(long id, String email, String displayName, String countryCode, PortalRole role) {}
}
