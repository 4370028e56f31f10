/**
 * Membership: the member states of the OAS and of the TAG on Port Security, and what the
 * secretariat and each country's delegates vouch for about people: delegates, associate members,
 * verified PFSOs.
 *
 * <p>Public API: {@link org.safeports.membership.MemberStates}, {@link
 * org.safeports.membership.Country}, {@link org.safeports.membership.Memberships} (a person's
 * memberships and the {@link org.safeports.membership.Standing} they give), the decisions as events
 * ({@link org.safeports.membership.MembershipDecision} and its kinds), and three interfaces others
 * implement: {@link org.safeports.membership.MemberAccounts} (identity's accounts), {@link
 * org.safeports.membership.CountryActivity} (sections of a country page) and {@link
 * org.safeports.membership.MapShading} (a shading of the members' map).
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Membership",
    allowedDependencies = {
      "platform",
      "platform::web",
      "platform::security",
      "platform::audit",
      "platform::database",
      "platform::text",
      "platform::files",
      "platform::media"
    })
package org.safeports.membership;
