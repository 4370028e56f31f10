package org.safeports.platform.audit;

/**
 * A signed-in person as the audit log names them. The portal's principal implements it, so the log
 * can say who acted without knowing the module that holds accounts.
 */
public interface Auditable {

  long accountId();

  /** The account's e-mail: the name sessions and the log are searched by. */
  String getUsername();

  String displayName();
}
