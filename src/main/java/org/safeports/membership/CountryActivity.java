package org.safeports.membership;

import java.util.Locale;
import java.util.Optional;
import org.safeports.platform.security.Viewer;

/**
 * A section of a member state's page that another module (or another part of membership) fills: the
 * library's published plans, Port Voices pieces, the number of verified PFSOs, later survey
 * participation. The country page shows every bean of this type, by {@link #order()}.
 */
public interface CountryActivity {

  /** Lower comes first on the page. */
  int order();

  /** What this module has to show about the country to this viewer; empty to show nothing. */
  Optional<CountrySection> of(String countryCode, Locale locale, Viewer viewer);
}
