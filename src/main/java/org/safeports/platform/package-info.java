/**
 * What every module shares: layouts and fragments, languages, the security baseline, error pages,
 * the embedded database for development, and the mail transport. Modules depend on its named
 * interfaces; it depends on no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.safeports.platform;
