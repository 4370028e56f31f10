/**
 * The secretariat's dashboard: what waits for attention across the modules. The module admin
 * screens themselves live in their modules.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Admin",
    allowedDependencies = {
      "platform::security",
      "identity",
      "notifications",
      "content",
      "voices",
      "library",
      "contact",
      "forum"
    })
package org.safeports.admin;
