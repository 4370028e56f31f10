/**
 * The portal's public pages. Today the home page about the TAG on Port Security; news, resource
 * pages and the editorial workflow come next.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Content",
    allowedDependencies = {"platform::security", "platform::web", "membership"})
package org.safeports.content;
