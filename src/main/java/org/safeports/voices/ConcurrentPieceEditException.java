package org.safeports.voices;

import org.safeports.platform.web.FormRejection;

/** The piece changed since this person opened it. */
class ConcurrentPieceEditException extends FormRejection {

  static final String CODE = "voices.conflict";

  ConcurrentPieceEditException() {
    super(null, CODE);
  }
}
