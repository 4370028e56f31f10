/** The security baseline every module's routes sit behind. */
@org.springframework.modulith.NamedInterface("security")
package org.safeports.platform.security;
