package org.safeports.content;

import org.safeports.platform.web.FormRejection;

/**
 * Someone saved the same text after this editor opened it: saving now would overwrite their work.
 */
class ConcurrentEditException extends FormRejection {

  static final String CODE = "content.conflict";

  ConcurrentEditException() {
    super(null, CODE);
  }
}
