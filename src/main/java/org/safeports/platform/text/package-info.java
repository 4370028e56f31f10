/** Markdown written by users, turned into HTML that is safe to print. */
@org.springframework.modulith.NamedInterface("text")
package org.safeports.platform.text;
