package org.safeports.membership;

import java.time.Instant;

/** A delegate as the secretariat's screens show them. */
record DelegateEntry(
    long id,
    String countryCode,
    long accountId,
    String name,
    String email,
    String position,
    String phone,
    Instant appointedAt) {

  static DelegateEntry of(DelegateRow row, MemberAccount account) {
    return new DelegateEntry(
        row.id(),
        row.countryCode(),
        row.accountId(),
        account.displayName(),
        account.email(),
        row.position(),
        row.phone(),
        row.appointedAt());
  }
}
