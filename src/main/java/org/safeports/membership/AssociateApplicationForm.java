package org.safeports.membership;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an organisation types to apply. The website is checked here (so that its error comes with
 * the others) and again by the service, which parses it. {@code homepage} is a trap for robots,
 * hidden from people; the organisation's own address is {@code website}.
 */
record AssociateApplicationForm(
    @NotBlank(message = "{membership.associate.form.organisation.required}")
        @Size(max = 200, message = "{membership.associate.form.organisation.tooLong}")
        String organisation,
    @NotBlank(message = "{membership.associate.form.kind.required}") String kind,
    @NotBlank(message = "{membership.associate.form.country.required}") String country,
    @NotBlank(message = "{membership.associate.form.website.required}")
        @Size(max = 300, message = "{membership.associate.form.website.tooLong}")
        @Pattern(
            regexp = "|(?i:https?://[^\\s/?#@]+\\.[^\\s/?#@]+([/?#]\\S*)?)",
            message = "{membership.associate.form.website.invalid}")
        String website,
    @NotBlank(message = "{membership.associate.form.name.required}")
        @Size(max = 120, message = "{membership.associate.form.name.tooLong}")
        String name,
    @NotBlank(message = "{membership.associate.form.position.required}")
        @Size(max = 120, message = "{membership.associate.form.position.tooLong}")
        String position,
    @NotBlank(message = "{membership.associate.form.email.required}")
        @Size(max = 254, message = "{membership.associate.form.email.tooLong}")
        @Email(
            regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
            message = "{membership.associate.form.email.invalid}")
        String email,
    @NotBlank(message = "{membership.associate.form.motivation.required}")
        @Size(max = 5000, message = "{membership.associate.form.motivation.tooLong}")
        String motivation,
    List<String> areas,
    @AssertTrue(message = "{membership.associate.form.terms.required}") boolean terms,
    String homepage) {

  static AssociateApplicationForm prefilled(String name, String email) {
    return new AssociateApplicationForm(
        null, null, null, null, name, null, email, null, List.of(), false, null);
  }

  boolean filledByARobot() {
    return homepage != null && !homepage.isBlank();
  }
}
