package org.safeports.membership;

import java.util.Arrays;
import java.util.Optional;

/** What kind of organisation applies to be an associate member. */
enum AssociateKind {
  PORT_AUTHORITY,
  TERMINAL_OPERATOR,
  BUSINESS_ALLIANCE,
  UNIVERSITY,
  INTERNATIONAL_ORGANISATION,
  OTHER;

  static Optional<AssociateKind> of(String name) {
    return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
  }
}
