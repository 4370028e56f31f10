package org.safeports.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a person changes about themselves. The organisation and the country are required only where
 * the person's role lets them change those (see {@link VouchedFacts}): the controller checks them.
 */
record ProfileForm(
    @NotBlank(message = "{identity.name.required}")
        @Size(max = 120, message = "{identity.name.tooLong}")
        String displayName,
    @Size(max = 160, message = "{identity.organisation.tooLong}") String organisation,
    String country,
    @NotBlank(message = "{identity.language.required}") String language) {

  static ProfileForm of(AccountView account) {
    return new ProfileForm(
        account.displayName(), account.organisation(), account.countryCode(), account.language());
  }
}
