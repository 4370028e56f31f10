package org.safeports.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A reader's default forum mail, as the radio buttons send it. */
record ForumPreferencesForm(
    @NotBlank(message = "{forum.prefs.choose}")
        @Pattern(regexp = "PER_POST|DAILY|WEEKLY|NONE", message = "{forum.prefs.choose}")
        String delivery) {

  ForumDelivery chosen() {
    return ForumDelivery.valueOf(delivery);
  }
}
