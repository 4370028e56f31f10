package org.safeports.membership;

import java.util.List;

/** The delegates a member state has now, for its page. */
interface DelegateRoster {

  /** The country's delegates, in the order they were appointed. */
  List<DelegateListing> of(String countryCode);
}
