package org.safeports.identity;

/**
 * A step on an account that its state does not allow, and where to send the person back to: the
 * second factor is already on (a form sent twice), an admin would disable their own account.
 */
class IdentityRefusal extends RuntimeException {

  private final String page;
  private final String messageKey;

  private IdentityRefusal(String page, String messageKey) {
    super(messageKey);
    this.page = page;
    this.messageKey = messageKey;
  }

  /** A second factor is being set up for an account that already has one. */
  static IdentityRefusal secondFactorAlreadyOn(boolean signingIn) {
    return new IdentityRefusal(
        signingIn ? "/sign-in/second-factor" : "/account/security",
        "identity.secondFactor.alreadyOn");
  }

  /** An admin would disable their own account, and lock the secretariat out. */
  static IdentityRefusal ownAccount(long accountId) {
    return new IdentityRefusal("/admin/users/" + accountId, "identity.admin.disable.notYourself");
  }

  String page() {
    return page;
  }

  String messageKey() {
    return messageKey;
  }
}
