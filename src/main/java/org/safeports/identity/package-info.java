/**
 * Accounts and roles: sign-up with e-mail verification, sign-in with throttling and an optional
 * second factor, password reset, the profile, and the admin's user screen.
 *
 * <p>Public API: {@link org.safeports.identity.AccountDirectory} and the events in this package.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Identity",
    allowedDependencies = {
      "platform::web",
      "platform::security",
      "platform::database",
      "platform::audit",
      "platform",
      "membership"
    })
package org.safeports.identity;
