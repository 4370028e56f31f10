package org.safeports.membership;

import java.time.LocalDate;
import java.util.List;

/**
 * A PFSO verification ends within a month: the PFSO is reminded to renew it, and their country's
 * delegates are told. Sent once for each verification.
 *
 * @param pfso the PFSO
 * @param delegates the country's delegates
 */
public record PfsoExpiring(
    long requestId,
    PfsoRequested.Recipient pfso,
    String facility,
    LocalDate validUntil,
    List<PfsoRequested.Recipient> delegates) {}
