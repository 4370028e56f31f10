/**
 * The member states of the OAS and of the TAG on Port Security. Later: delegates, associate members
 * and PFSO verification.
 *
 * <p>Public API: {@link org.safeports.membership.MemberStates} and {@link
 * org.safeports.membership.Country}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Membership",
    allowedDependencies = {"platform::web"})
package org.safeports.membership;
