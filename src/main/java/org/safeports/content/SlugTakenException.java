package org.safeports.content;

/** Another item already uses this address in this language. */
class SlugTakenException extends RuntimeException {
  SlugTakenException() {
    super("Slug taken");
  }
}
