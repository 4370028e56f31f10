package org.safeports.membership;

import jakarta.validation.constraints.Size;

/** A decline's reason, sent to the person; required when declining, at most 2,000 characters. */
record PfsoDecisionForm(
    @Size(max = 2000, message = "{membership.pfso.decide.reason.tooLong}") String reason) {}
