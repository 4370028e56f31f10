package org.safeports.membership;

import java.time.Instant;
import java.time.LocalDate;

/** A PFSO verification request as stored, with the name and address of the person asking. */
record PfsoRequest(
    long id,
    long accountId,
    String countryCode,
    String port,
    String facilityName,
    String imoNumber,
    String position,
    String employer,
    String language,
    PfsoState state,
    Instant requestedAt,
    Long decidedBy,
    Instant decidedAt,
    String reason,
    LocalDate validUntil,
    Instant remindedAt,
    Long renewalOf,
    String personName,
    String personEmail,
    String documentName,
    String documentType,
    Long documentSize) {

  /** The facility as the person's identity and the lists show it. */
  public String facility() {
    return facilityName + ", " + port;
  }

  /** Whether the document is still kept. */
  public boolean hasDocument() {
    return documentName != null;
  }

  /** How this request stands for the person on a given day. */
  public MembershipState membershipState(LocalDate today) {
    return switch (state) {
      case PENDING -> MembershipState.PENDING;
      case DECLINED -> MembershipState.DECLINED;
      case EXPIRED -> MembershipState.EXPIRED;
      case RENEWED -> MembershipState.ENDED;
      case APPROVED ->
          validUntil.isBefore(today)
              ? MembershipState.EXPIRED
              : validUntil.isAfter(today.plusDays(PfsoService.EXPIRING_DAYS))
                  ? MembershipState.ACTIVE
                  : MembershipState.EXPIRING;
    };
  }
}
