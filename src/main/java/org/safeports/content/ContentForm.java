package org.safeports.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The text of an item in one language, as the editor types it. {@code version} is the version the
 * editor started from: a save made on top of someone else's newer save is refused.
 */
record ContentForm(
    @NotBlank(message = "{content.form.title.required}")
        @Size(max = 200, message = "{content.form.title.tooLong}")
        String title,
    @SlugFormat String slug,
    @NotBlank(message = "{content.form.summary.required}")
        @Size(max = 500, message = "{content.form.summary.tooLong}")
        String summary,
    @NotBlank(message = "{content.form.body.required}")
        @Size(max = MAX_BODY, message = "{content.form.body.tooLong}")
        String body,
    Long version) {

  static final int MAX_BODY = 200000;

  static ContentForm empty() {
    return new ContentForm(null, null, null, null, null);
  }
}
