/** Languages, layout model and web settings shared by every module's pages. */
@org.springframework.modulith.NamedInterface("web")
package org.safeports.platform.web;
