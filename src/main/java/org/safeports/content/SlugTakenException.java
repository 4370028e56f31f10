package org.safeports.content;

import org.safeports.platform.web.FormRejection;

/** Another item already uses this address in this language. */
class SlugTakenException extends FormRejection {
  SlugTakenException() {
    super("slug", "content.form.slug.taken");
  }
}
