/** Images uploaded by users, checked and made ready for the web. */
@org.springframework.modulith.NamedInterface("media")
package org.safeports.platform.media;
