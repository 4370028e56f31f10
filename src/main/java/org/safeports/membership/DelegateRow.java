package org.safeports.membership;

import java.time.Instant;

/** One appointment as stored: a member state's delegate. */
record DelegateRow(
    long id,
    String countryCode,
    long accountId,
    String position,
    String phone,
    Instant appointedAt) {}
