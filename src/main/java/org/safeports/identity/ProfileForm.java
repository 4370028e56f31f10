package org.safeports.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ProfileForm(
    @NotBlank(message = "{identity.name.required}")
        @Size(max = 120, message = "{identity.name.tooLong}")
        String displayName,
    @NotBlank(message = "{identity.organisation.required}")
        @Size(max = 160, message = "{identity.organisation.tooLong}")
        String organisation,
    @NotBlank(message = "{identity.country.required}") String country,
    @NotBlank(message = "{identity.language.required}") String language) {

  static ProfileForm of(AccountView account) {
    return new ProfileForm(
        account.displayName(), account.organisation(), account.countryCode(), account.language());
  }
}
