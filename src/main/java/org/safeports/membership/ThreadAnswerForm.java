package org.safeports.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message in an application's thread: the secretariat's question or the applicant's answer. */
record ThreadAnswerForm(
    @NotBlank(message = "{membership.associate.thread.required}")
        @Size(max = 5000, message = "{membership.associate.thread.tooLong}")
        String message) {}
