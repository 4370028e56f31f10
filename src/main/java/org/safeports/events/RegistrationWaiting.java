package org.safeports.events;

import org.safeports.platform.WorkWaiting;

/** A registration waits for the secretariat's approval. */
public record RegistrationWaiting(String title, String path) implements WorkWaiting {

  @Override
  public Kind kind() {
    return Kind.REGISTRATION;
  }
}
