/**
 * The secretariat's dashboard: one queue of what waits for attention across the modules (each
 * module gives its own through {@link org.safeports.platform.WaitingWorkSource}), with claims so
 * that two editors do not do the same work, and the participation of each member state (from {@link
 * org.safeports.platform.ParticipationSource}), for the secretariat and each delegate's own
 * country. The module admin screens themselves live in their modules.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Admin",
    allowedDependencies = {
      "platform",
      "platform::security",
      "platform::audit",
      "identity",
      "membership",
      "platform::web",
      "notifications",
      "content",
      "voices",
      "library",
      "contact",
      "forum"
    })
package org.safeports.admin;
