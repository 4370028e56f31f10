package org.safeports.voices;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The piece's state does not allow this step for this person. */
@ResponseStatus(HttpStatus.CONFLICT)
class NotAllowedException extends RuntimeException {
  NotAllowedException() {
    super("Not allowed in this state");
  }
}
