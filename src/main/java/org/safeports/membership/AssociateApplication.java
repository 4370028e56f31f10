package org.safeports.membership;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** An application as stored: the organisation, its contact, and where it stands. */
record AssociateApplication(
    long id,
    Long organisationId,
    Long namedBy,
    String organisationName,
    AssociateKind kind,
    String countryCode,
    String website,
    String contactName,
    String position,
    String email,
    String motivation,
    List<AssociateArea> areas,
    String language,
    ApplicationState state,
    String threadToken,
    Instant appliedAt,
    Instant queuedAt,
    Instant decidedAt,
    String decidedBy,
    String declineReason,
    Long accountId) {

  /** A further contact named by an organisation already approved. */
  public boolean furtherContact() {
    return organisationId != null && namedBy != null;
  }

  /** Whole days since it entered the queue (or was sent, before that). */
  public long ageInDays(Instant now) {
    Instant from = queuedAt != null ? queuedAt : appliedAt;
    return Math.max(0, Duration.between(from, now).toDays());
  }
}
