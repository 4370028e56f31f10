package org.safeports.library;

import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/** A newer file for a document, with what changed. */
record VersionForm(
    MultipartFile file,
    @Size(max = 500, message = "{library.form.note.tooLong}") String versionNote) {

  static VersionForm empty() {
    return new VersionForm(null, null);
  }
}
