package org.safeports.events;

/** How people register: not at all, straight in, or in after the secretariat's approval. */
enum RegistrationMode {
  NONE,
  OPEN,
  APPROVAL
}
