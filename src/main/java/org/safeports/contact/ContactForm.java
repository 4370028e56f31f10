package org.safeports.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the sender types. {@code website} is a trap for robots: the field is hidden from people (and
 * labelled "leave empty" for those whose screen reader reads it), so a value in it means a program
 * filled the form.
 */
record ContactForm(
    @NotBlank(message = "{contact.form.name.required}")
        @Size(max = 120, message = "{contact.form.name.tooLong}")
        String name,
    @NotBlank(message = "{contact.form.email.required}")
        @Size(max = 254, message = "{contact.form.email.tooLong}")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{contact.form.email.invalid}")
        String email,
    @NotBlank(message = "{contact.form.topic.required}") String topic,
    @NotBlank(message = "{contact.form.subject.required}")
        @Size(max = 200, message = "{contact.form.subject.tooLong}")
        String subject,
    @NotBlank(message = "{contact.form.message.required}")
        @Size(max = 5000, message = "{contact.form.message.tooLong}")
        String message,
    String website) {

  static ContactForm empty(String topic) {
    return new ContactForm(null, null, topic, null, null, null);
  }

  boolean filledByARobot() {
    return website != null && !website.isBlank();
  }
}
