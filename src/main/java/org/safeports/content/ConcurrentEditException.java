package org.safeports.content;

/**
 * Someone saved the same text after this editor opened it: saving now would overwrite their work.
 */
class ConcurrentEditException extends RuntimeException {
  ConcurrentEditException() {
    super("The text was changed by someone else");
  }
}
