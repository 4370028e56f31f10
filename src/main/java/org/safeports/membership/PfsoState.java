package org.safeports.membership;

/** Where a PFSO verification request stands in the database. */
enum PfsoState {
  /** Waiting for the country's delegates or the secretariat. */
  PENDING,
  /** Verified; in force until its last day. */
  APPROVED,
  /** Refused, with a reason. */
  DECLINED,
  /** Its year ran out. */
  EXPIRED,
  /** Replaced by the approved request that renewed it. */
  RENEWED
}
