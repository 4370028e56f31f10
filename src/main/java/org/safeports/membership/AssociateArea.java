package org.safeports.membership;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The parts of the TAG's work plans (2010 and 2011) an organisation may say it wants to work on:
 * maritime domain awareness and the exchange of information, contingency planning for disasters,
 * international security standards, cooperation with other institutions, distance sessions, and the
 * exchange among port facility security officers.
 */
enum AssociateArea {
  DOMAIN_AWARENESS,
  CONTINGENCY_PLANNING,
  STANDARDS,
  COOPERATION,
  DISTANCE_SESSIONS,
  PFSO_EXCHANGE;

  /** The areas named, in the order of the work plan; unknown names are dropped. */
  static List<AssociateArea> of(List<String> names) {
    if (names == null) {
      return List.of();
    }
    return Arrays.stream(values()).filter(a -> names.stream().anyMatch(a.name()::equals)).toList();
  }

  static List<AssociateArea> parse(String stored) {
    return of(
        Arrays.stream(stored == null ? new String[0] : stored.split(","))
            .filter(Objects::nonNull)
            .toList());
  }
}
