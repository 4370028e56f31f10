package org.safeports.content;

import java.util.Locale;
import java.util.Optional;
import org.safeports.platform.security.Viewer;

/**
 * A section of the home page that another module fills (the next events, for one), so that the home
 * page can show it without depending on that module. The home page shows every bean of this type
 * after the latest news, by {@link #order()}.
 */
public interface HomeActivity {

  /** Lower comes first on the page. */
  int order();

  /** What this module has to show on the home page to this viewer; empty to show nothing. */
  Optional<HomeSection> of(Locale locale, Viewer viewer);
}
